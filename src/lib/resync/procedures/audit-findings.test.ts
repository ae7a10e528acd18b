import { describe, expect, it } from 'vitest';
import type { Procedure, SourcedText } from '../types';
import { CATALOGUE } from '../test/full-catalogue';
import { modelOptions } from '../car-options';
import { findProcedures } from '../finder';
import { keysNote } from '../planner';

/**
 * The data findings of the procedure audit (issue 14), one test each, so a
 * later edit cannot bring them back.
 */

const proc = (id: string): Procedure => CATALOGUE.procedure(id)!.procedure;
const variant = (id: string) => CATALOGUE.procedure(id)!.variant!;
const shop = (id: string) => CATALOGUE.shopPath(id)!;
const texts = (p: { warnings: readonly SourcedText[] }) => p.warnings.map((w) => w.text).join(' ');

describe('MINI 2-button quick resync', () => {
	const p = proc('mini-r5x-2-button-quick');

	it('says what the sources leave open about the keys not done, and ends by trying every key', () => {
		// No claim about a key left out (the sources make none): the planner's sentence says so.
		expect(p.keySession?.leftOut).toBeUndefined();
		expect(keysNote(p).text).toMatch(/sources do not say whether that touches a key you leave out/);
		expect(keysNote(p).text).toMatch(/the one that still works too, and the guide checks each/);
	});

	it('says the key stays in the ignition at off, as the quoted text has it', () => {
		const press = p.perKey.find((s) => s.id === 'press-buttons')!;
		expect(press.detail).toMatch(/not to take the key out: leave it in the ignition at off/);
	});

	it('says the manual page’s second process is an open gap', () => {
		expect(texts(p)).toMatch(/second process on that page was not found/);
	});

	it('offers the 3-button initialisation last, marked U, with its conflict said', () => {
		const last = p.variants!.at(-1)!;
		expect(last.id).toBe('mini-r5x-2-button-three-press');
		expect(last.confidence).toBe('U');
		expect(texts(last)).toMatch(/Sources disagree whether this works on a 2-button key/);
		expect(last.perKey.map((s) => s.detail ?? '').join(' ')).toMatch(
			/UNLOCK \(the button with the MINI logo\)/
		);
	});
});

describe('MINI 3-button initialisation', () => {
	const p = proc('mini-r5x-3-button');

	it('warns not to switch the ignition on during the session, as its BMW twin does', () => {
		expect(texts(p)).toMatch(/Do not switch the ignition on again until every key is done/);
		expect(texts(proc('bmw-remote-init'))).toMatch(/Do not switch the ignition on again/);
	});

	it('the reverse-order variant cites the North American Motoring thread it comes from', () => {
		const v = variant('mini-r5x-3-button-reverse-order');
		expect(v.sources).toEqual(['nam-keys-opposite-order']);
		expect(CATALOGUE.source('nam-keys-opposite-order')?.title).toMatch(/259176.*opposite order/);
		expect(v.confidenceNote).not.toMatch(/could not find/);
	});

	it('the BC1 low-voltage fact says only what its text says (heated windows), nothing about locking', () => {
		const check = p.setup.find((s) => s.kind === 'check');
		const fact = check?.kind === 'check' ? check.lowVoltage : undefined;
		expect(fact?.text).toMatch(/heated rear window and heated front screen off below 11\.8 V/);
		expect(fact?.text).not.toMatch(/electrical loads/);
	});
});

describe('Ford, GM and Honda marks no stronger than their sources', () => {
	it('“do not start the engine” and “practise the movement” are not M', () => {
		const ford = proc('ford-rke-8-turns').warnings.find((w) =>
			/Do not start the engine/.test(w.text)
		);
		expect(ford?.confidence).not.toBe('M');
		const panther = proc('ford-rke-4-turns-town-car').warnings.find((w) => /practise/.test(w.text));
		expect(panther?.confidence).not.toBe('M');
	});

	it('GM P08 door-switch: only the quoted 2000 procedure, GMT400 trucks excluded, its exclusion sourced', () => {
		const p = proc('gm-truck-door-switch-1999-2002');
		for (const m of p.applies.models ?? []) expect([m.from, m.to]).toEqual([2000, 2000]);
		const ex = p.applies.exclusions;
		expect(ex.some((e) => /GMT400/.test(e.text))).toBe(true);
		const confuse = ex.find((e) => /Do not confuse/.test(e.text))!;
		expect(confuse.sources.every((id) => CATALOGUE.source(id)?.kind === 'owners-manual')).toBe(
			true
		);
	});

	it('Honda P19: years inferred from engine pages are not M', () => {
		for (const m of proc('honda-remote-bulletin').applies.models ?? [])
			expect(m.confidence ?? 'M', `${m.name} ${m.from}`).not.toBe('M');
	});
});

describe('shop paths say what their sources say', () => {
	it('Hyundai/Kia: not "keys and remotes" at M; Kia said to be outside the manuals', () => {
		const s = shop('hyundai-kia-shop');
		expect(s.title).not.toMatch(/keys and remotes/);
		expect(s.confidence).not.toBe('M');
		expect(s.why.confidence).not.toBe('M');
		expect(s.why.text).toMatch(/do not cover Kia/);
	});

	it('Toyota smart keys: the tester rule is M only on the Lexus models whose manuals say it', () => {
		expect(shop('push-button-shop').applies.makes).not.toContain('Toyota');
		const smart = shop('toyota-lexus-smart-key-shop');
		expect(smart.applies.models?.filter((m) => !m.otherModels).map((m) => m.name)).toEqual([
			'GS430',
			'LS460L',
			'ES350'
		]);
		expect(smart.applies.models?.find((m) => m.otherModels)?.confidence).toBe('U');
	});

	it('Honda: no "short job with the dealer’s tool" at M', () => {
		const s = shop('honda-other-shop');
		expect(s.involves.map((i) => i.text).join(' ')).not.toMatch(/short job/);
		expect(s.confidence).not.toBe('M');
	});
});

describe('model lists', () => {
	it('Jeep does not offer the Intrepid; Dodge and Chrysler do', () => {
		expect(modelOptions('Jeep', CATALOGUE).map((o) => o.value)).not.toContain('Intrepid');
		expect(modelOptions('Dodge', CATALOGUE).map((o) => o.value)).toContain('Intrepid');
		expect(modelOptions('Chrysler', CATALOGUE).map((o) => o.value)).toContain('Intrepid');
		const r = findProcedures(
			{ car: { by: 'pick', make: 'Jeep', model: 'Intrepid', year: 2001 } },
			CATALOGUE
		);
		expect(r.ok && r.candidates.some((c) => c.id === 'chrysler-sentry-key-add')).toBe(false);
	});
});
