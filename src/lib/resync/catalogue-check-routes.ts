import type { Procedure, ProcedureVariant, ShopPath, Step } from './types';
import type { Catalogue } from './catalogue';
import type { Report } from './catalogue-rules';
import { workingKeyCount } from './questions';

/**
 * Rules about the way through a procedure and out of it: its reference and
 * mark explained, the per-key run ending on a confirming question, windows
 * that restart before they open, where to go when the home attempt stops,
 * what to bring to a shop, and the working-key question that comes first.
 */

const stepsOf = (d: Procedure | ProcedureVariant): Step[] => [...d.setup, ...d.perKey, ...d.finish];

/** A procedure or variant, whatever its make. */
export function checkRun(name: string, d: Procedure | ProcedureVariant, report: Report): void {
	if (d.confidence === 'U' && !d.confidenceNote?.trim() && d.warnings.length === 0)
		report(
			'procedure.u-unexplained',
			name,
			'is marked U but says nowhere what the sources disagree on'
		);
	const max = d.keySession?.maxKeys;
	if (d.maxKeys !== null && max && !max.text.includes(String(d.maxKeys)))
		report(
			'procedure.max-keys-words',
			name,
			`gives maxKeys ${d.maxKeys} but its sentence ("${max.text}") another figure`
		);
	const last = d.perKey[d.perKey.length - 1];
	if (
		last &&
		!(last.kind === 'question' && last.answers.some((a) => a.outcome.to === 'key-confirmed'))
	)
		report(
			'procedure.last-not-confirming',
			name,
			`ends each key on step "${last.id}", not on a question that confirms the key`
		);
	const order = stepsOf(d).map((s) => s.id);
	for (const s of stepsOf(d))
		for (const w of s.opens ?? []) {
			const at = order.indexOf(w.restartAt);
			if (at > order.indexOf(s.id))
				report(
					'window.restart-after-opener',
					`${name}, step "${s.id}", window "${w.id}"`,
					`restarts at "${w.restartAt}", a step after the one that opens it`
				);
		}
}

/** Where a procedure sends an owner whose home attempt stops, and the working keys it needs. */
export function checkWayOut(c: Catalogue, p: Procedure, report: Report): void {
	const name = `procedure "${p.id}"`;
	if (!/^P\d{2}$/.test(p.ref))
		report('procedure.no-ref', name, `has no research reference like "P12" (has "${p.ref}")`);
	if (!p.ifItFails?.length)
		report('procedure.no-if-it-fails', name, 'names no shop path for when the home attempt stops');
	for (const id of p.ifItFails ?? []) {
		const s = c.shopPath(id);
		if (s && !s.fallback && !s.applies.makes.some((m) => p.applies.makes.includes(m)))
			report(
				'procedure.if-it-fails-other-make',
				name,
				`sends a failed attempt to shop path "${id}", made for other makes`
			);
	}
	if (p.workingKeysNeeded > 0) checkWorkingKeys(c, p, name, report);
}

/** A procedure that needs working keys selects on the count, asks first, and has a shop for too few. */
function checkWorkingKeys(c: Catalogue, p: Procedure, name: string, report: Report) {
	const need = ['0', '1', '2+'].filter((k) => (workingKeyCount(k) ?? 0) >= p.workingKeysNeeded);
	const given = p.applies.answers?.['working-keys'] ?? [];
	if (given.length !== need.length || !need.every((k) => given.includes(k)))
		report(
			'working-keys.answer',
			name,
			`needs ${p.workingKeysNeeded} working keys, so it must select on "working-keys" = ${need.join(', ')}`
		);
	const first = p.setup[0];
	if (first?.kind !== 'question' || !/key|fob|transmitter/i.test(first.title)) {
		report(
			'working-keys.first-step',
			name,
			'does not first ask whether the working keys are at hand'
		);
		return;
	}
	const no = first.answers.find((a) => a.outcome.to === 'shop');
	const shop = no?.outcome.to === 'shop' ? c.shopPath(no.outcome.shopPath) : null;
	const fewer = ['0', '1', '2+'].filter((k) => !need.includes(k));
	const fits = (s: ShopPath) =>
		fewer.every((k) => s.applies.answers?.['working-keys']?.includes(k));
	if (!shop || !fits(shop) || !p.ifItFails?.includes(shop.id))
		report(
			'working-keys.shop',
			name,
			'does not send an owner with too few working keys to a shop path made for that (and named in ifItFails)'
		);
}

/** What every shop visit needs to bring. */
export function checkBring(s: ShopPath, report: Report): void {
	const bring = s.bring.join(' ');
	if (!/\bVIN\b/.test(bring) || !/FobSync report/.test(bring))
		report(
			'shop.bring-missing',
			`shop path "${s.id}"`,
			'does not say to bring the VIN and the FobSync report'
		);
}
