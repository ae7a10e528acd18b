/**
 * The wave-3 data for Toyota, Mitsubishi, Nissan, Honda, Subaru, Hyundai, Kia
 * and Suzuki through the finder (the cars a source names get the entry, the
 * neighbours it does not name do not) and on a fake clock (the limits the
 * sources give, the one-remote rule, the shop path an answer leads to).
 */
import { describe, expect, it } from 'vitest';
import type { KeyAnswers } from '../types';
import { findProcedures, type CarQuery } from '../finder';
import { CATALOGUE } from '../test/full-catalogue';
import { keyCountOptions } from '../planner';
import { definitionOf } from '../engine-definition';
import { GuideDriver } from '../test/guide-driver';
import { startRun, walkRight } from '../test/walk';
import { OWNER } from '../test/owner-answers';

const YEAR = 2026;

function pick(make: string, model: string, year: number | null, answers: KeyAnswers = OWNER) {
	const car: CarQuery = { by: 'pick', make, model, year };
	const r = findProcedures({ car, answers, currentYear: YEAR }, CATALOGUE);
	if (!r.ok) throw new Error(r.error);
	return r;
}
const ids = (r: ReturnType<typeof pick>) => r.candidates.map((c) => c.id);
const markOf = (r: ReturnType<typeof pick>, id: string) =>
	r.candidates.find((c) => c.id === id)?.confidence;
const procedure = (id: string) => CATALOGUE.procedure(id)!.procedure;

describe('Mitsubishi: the service-manual registration for the 2006 Lancer Evolution', () => {
	const ETACS = 'mitsubishi-etacs-hazard-registration';

	it('the 2006 Lancer Evolution gets it as M; other years and the plain Lancer do not', () => {
		expect(markOf(pick('Mitsubishi', 'Lancer Evolution', 2006), ETACS)).toBe('M');
		expect(ids(pick('Mitsubishi', 'Lancer Evolution', 2005))).not.toContain(ETACS);
		expect(ids(pick('Mitsubishi', 'Lancer', 2006))).not.toContain(ETACS);
	});

	it('the older single-source hazard variant stays S on the cars it names', () => {
		const p18 = procedure('mitsubishi-socket-pin-1');
		expect(p18.variants?.find((v) => v.id === 'mitsubishi-hazard-switch')?.confidence).toBe('S');
		expect(p18.applies.models?.map((m) => m.name)).not.toContain('Lancer Evolution');
	});

	it('guides one remote only, and says that registering clears the others', () => {
		const p = procedure(ETACS);
		expect(keyCountOptions(p)).toEqual([1]);
		expect(p.keySession?.leftOut?.text).toMatch(/clears every remote/);
	});

	it('an owner with other remotes to keep ends on the shop path, before any wire goes in', () => {
		const d = new GuideDriver(procedure(ETACS), 1, { volts: 12.6 });
		while (d.stepId !== 'others') d.done(1000);
		d.answer(1, 1000);
		expect(d.state.mode).toMatchObject({
			kind: 'ended',
			shopPathId: 'mitsubishi-etacs-remotes-shop'
		});
	});

	it('the remote presses: the two further presses count 10 s from the first one', () => {
		const p = procedure(ETACS);
		const d = walkRight(startRun(p, null, 1), definitionOf(p, null), {
			stopWhen: (v) => v.step?.id === 'press-twice'
		});
		expect(d.view.countdowns.find((c) => c.windowId === 'press-twice')?.remainingMs).toBe(10_000);
		d.tick(10_001);
		expect(d.state.mode).toMatchObject({ kind: 'missed', restartAt: 'press-once' });
	});

	it('a new key for a 2004 Endeavor goes to the scan-tool shop path', () => {
		const r = pick('Mitsubishi', 'Endeavor', 2004, { ...OWNER, 'key-origin': 'new' });
		expect(ids(r)).toContain('mitsubishi-immobiliser-key-shop');
	});
});

describe('Toyota and Lexus after the bulletin years', () => {
	it('the 2003 Sienna gets the lock-switch method (S); a 2004 Sienna does not', () => {
		expect(markOf(pick('Toyota', 'Sienna', 2003), 'toyota-sienna-lock-switch')).toBe('S');
		expect(ids(pick('Toyota', 'Sienna', 2004))).not.toContain('toyota-sienna-lock-switch');
	});

	it('the Sienna remotes all go within the one 40 s after the locks confirm', () => {
		const p = procedure('toyota-sienna-lock-switch');
		const d = walkRight(startRun(p, null, 2), definitionOf(p, null), {
			stopWhen: (v) => v.key?.label === 'Key 2' && v.step?.id === 'both'
		});
		const left = d.view.countdowns.find((c) => c.windowId === 'remotes')!.remainingMs!;
		expect(left).toBeGreaterThan(0);
		expect(left).toBeLessThan(40_000);
		d.tick(left + 1);
		expect(d.state.mode).toMatchObject({ kind: 'missed', restartAt: 'key-in-out' });
	});

	it('owner reports add the 2005 Land Cruiser and Camry as S, not the 2004 Camry', () => {
		expect(markOf(pick('Toyota', 'Land Cruiser', 2005), 'toyota-remote-add')).toBe('S');
		expect(markOf(pick('Toyota', 'Camry', 2005), 'toyota-remote-add')).toBe('S');
		expect(ids(pick('Toyota', 'Camry', 2004))).not.toContain('toyota-remote-add');
	});

	it('an Avensis gets the shop path with the reason, no home procedure', () => {
		const r = pick('Toyota', 'Avensis', 2005);
		expect(r.candidates.filter((c) => c.kind === 'procedure')).toEqual([]);
		expect(ids(r)[0]).toBe('toyota-avensis-shop');
	});

	it('smart keys: M on the Lexus models whose manuals say so, U on the others', () => {
		const smart = { ...OWNER, 'push-button-start': 'yes' };
		const shop = 'toyota-lexus-smart-key-shop';
		expect(markOf(pick('Lexus', 'GS430', 2007, smart), shop)).toBe('M');
		expect(markOf(pick('Toyota', 'Camry', 2010, smart), shop)).toBe('U');
		expect(ids(pick('Lexus', 'GS430', 2007))).not.toContain(shop);
	});
});

describe('Nissan: the European Micra and the Versa', () => {
	const MICRA = 'nissan-micra-multi-remote';

	it('the 1999 Micra gets it as C, other K11 years as U, the later Micra not at all', () => {
		expect(markOf(pick('Nissan', 'Micra', 1999), MICRA)).toBe('C');
		expect(markOf(pick('Nissan', 'Micra', 2001), MICRA)).toBe('U');
		expect(ids(pick('Nissan', 'Micra', 2005))).not.toContain(MICRA);
	});

	it('one remote per session, with the warning that a second run left none working', () => {
		const p = procedure(MICRA);
		expect(keyCountOptions(p)).toEqual([1]);
		expect(p.warnings.map((w) => w.text).join(' ')).toMatch(/neither remote working/);
	});

	it('a Versa gets its own shop path, not the older key-insertion method', () => {
		const r = pick('Nissan', 'Versa', 2008);
		expect(ids(r)).toContain('nissan-versa-keyfob-shop');
		expect(ids(r)).not.toContain('nissan-id-code-entry');
	});
});

describe('Honda, Subaru, Hyundai, Kia and Suzuki', () => {
	it('the bulletin method: the 2003 Civic Si (S); not a plain Civic; the later failures go to a shop', () => {
		expect(markOf(pick('Honda', 'Civic Si', 2003), 'honda-remote-bulletin')).toBe('S');
		expect(ids(pick('Honda', 'Civic', 2003))).not.toContain('honda-remote-bulletin');
		for (const [model, year] of [
			['Pilot', 2006],
			['Fit', 2013],
			['Civic', 2014]
		] as const) {
			const r = pick('Honda', model, year);
			expect(ids(r), `${year} ${model}`).toEqual(['honda-later-models-shop']);
		}
	});

	it('the 1998 Legacy add-on unit (S); a 1999 Legacy does not get it', () => {
		expect(markOf(pick('Subaru', 'Legacy', 1998), 'subaru-legacy-1998-button')).toBe('S');
		expect(ids(pick('Subaru', 'Legacy', 1999))).not.toContain('subaru-legacy-1998-button');
	});

	it('the Lantra blue key: U, since no source gives the years; no blue key means the shop', () => {
		expect(markOf(pick('Hyundai', 'Lantra', 1999), 'hyundai-lantra-blue-key')).toBe('U');
		expect(ids(pick('Hyundai', 'Elantra', 2005))).not.toContain('hyundai-lantra-blue-key');
		const d = new GuideDriver(procedure('hyundai-lantra-blue-key'), 2, { volts: 12.6 });
		while (d.stepId !== 'has-blue') d.done(1000);
		d.answer(1, 1000);
		expect(d.state.mode).toMatchObject({ kind: 'ended', shopPathId: 'hyundai-kia-shop' });
	});

	it('the Kia Soul gets a shop path that says its button chord only changes a setting', () => {
		const r = pick('Kia', 'Soul', 2011);
		expect(ids(r)[0]).toBe('kia-soul-remote-shop');
		expect(r.candidates[0]!.shopPath!.why.text).toMatch(/only changes a setting/);
	});

	it('Suzuki: shop paths for the 2006 turn-key cars and for keyless start, no procedure', () => {
		expect(ids(pick('Suzuki', 'SX4', 2006))).toEqual(['suzuki-remote-shop']);
		const smart = { ...OWNER, 'push-button-start': 'yes' };
		expect(ids(pick('Suzuki', 'SX4', 2006, smart))).toEqual(['suzuki-keyless-start-shop']);
		expect(CATALOGUE.procedures.some((p) => p.applies.makes.includes('Suzuki'))).toBe(false);
	});
});
