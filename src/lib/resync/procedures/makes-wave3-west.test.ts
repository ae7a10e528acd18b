/**
 * Wave 3, European makes and extensions, through the finder: each new
 * procedure reaches the cars its sources name, and a car a source excludes (or
 * a year the source does not reach) gets the make's shop path instead.
 */
import { describe, expect, it } from 'vitest';
import type { KeyAnswers, Procedure } from '../types';
import { findProcedures, type CarQuery } from '../finder';
import { CATALOGUE } from '../test/full-catalogue';
import { OWNER } from '../test/owner-answers';

/** Answers the finder's questions until none is left (the owner's answers, else the first option). */
function settle(car: CarQuery, answers: KeyAnswers = OWNER) {
	const given: Record<string, string> = {};
	for (;;) {
		const r = findProcedures({ car, answers: given, currentYear: 2025 }, CATALOGUE);
		if (!r.ok) throw new Error(r.error);
		const q = r.nextQuestion;
		if (!q) return r;
		given[q.id] = answers[q.id] ?? q.options[0]!.id;
	}
}

const pick = (make: string, model: string, year: number, answers?: KeyAnswers) =>
	settle({ by: 'pick', make, model, year }, answers);
const ids = (r: ReturnType<typeof settle>) => r.candidates.map((c) => c.id);
const texts = (p: Procedure) => [...p.prerequisites, ...p.warnings].map((t) => t.text).join(' ');
const steps = (p: Procedure) => [...p.setup, ...p.perKey, ...p.finish];

describe('Jaguar', () => {
	it('a 2004 X-Type: the bulletin method, M, 10 s for each remote and at most 4', () => {
		const r = pick('Jaguar', 'X-Type', 2004);
		const best = r.candidates[0]!;
		expect(best.id).toBe('jaguar-x-type-remote');
		expect(best.confidence).toBe('M');
		const windows = steps(best.procedure!).flatMap((s) => s.opens ?? []);
		expect(windows.map((w) => [w.id, w.maxSeconds])).toEqual([
			['program', 10],
			['next-remote', 10]
		]);
		expect(best.procedure!.maxKeys).toBe(4);
		expect(texts(best.procedure!)).toMatch(/50 metres/);
	});

	it('a 2007 X-Type, past the bulletin’s date: the Jaguar shop path, not the bulletin', () => {
		const r = pick('Jaguar', 'X-Type', 2007);
		expect(ids(r)).not.toContain('jaguar-x-type-remote');
		expect(ids(r)).toContain('jaguar-shop');
		expect(r.fallback).toBe(false);
	});

	it('a 2002 S-Type: only the unofficial method, marked U and saying it may fail; a 2006 S-Type: the shop', () => {
		const r = pick('Jaguar', 'S-Type', 2002);
		const hidden = r.candidates.find((c) => c.id === 'jaguar-s-type-xj-hidden-menu')!;
		expect(hidden.confidence).toBe('U');
		expect(texts(hidden.procedure!)).toMatch(/not guaranteed/);
		expect(ids(pick('Jaguar', 'S-Type', 2006))).toEqual(['jaguar-shop']);
	});
});

describe('Land Rover and Rover', () => {
	it('a 1992 Range Rover Classic: three presses within 5 s (M), with the immobiliser warning', () => {
		const best = pick('Land Rover', 'Range Rover (Classic)', 1992).candidates[0]!;
		expect(best.id).toBe('range-rover-classic-handset-resync');
		expect(best.confidence).toBe('M');
		expect(texts(best.procedure!)).toMatch(/new control unit with two matching handsets/);
	});

	it('a 1998 Range Rover of the next generation is excluded: the no-owner-method shop path', () => {
		const r = pick('Land Rover', 'Range Rover (1995–2002)', 1998);
		expect(ids(r)).not.toContain('range-rover-classic-handset-resync');
		expect(ids(r)[0]).toBe('land-rover-no-owner-method-shop');
	});

	it('a 2002 Range Rover L322: the initialisation, S (a seller’s quotation of the manual)', () => {
		const best = pick('Land Rover', 'Range Rover (L322)', 2002).candidates[0]!;
		expect(best.id).toBe('range-rover-l322-remote-init');
		expect(best.confidence).toBe('S');
	});

	it('a Defender: U (the button is disputed), the other button order as an alternative; a new fob goes to the shop', () => {
		const best = pick('Land Rover', 'Defender', 1998).candidates[0]!;
		expect(best.id).toBe('defender-lucas-10as-resync');
		expect(best.confidence).toBe('U');
		expect(best.procedure!.variants?.map((v) => v.id)).toEqual([
			'defender-lucas-10as-lock-then-unlock'
		]);
		expect(texts(best.procedure!)).toMatch(/disarms the immobiliser/);
		const fresh = pick('Land Rover', 'Defender', 1998, { ...OWNER, 'key-origin': 'new' });
		expect(ids(fresh)).toEqual(['land-rover-shop']);
	});

	it('Rover 45: S, with the emergency-key fallback; a Rover 25 (Pektron fob) is not offered it', () => {
		const best = pick('Rover', 'Rover 45', 2003).candidates[0]!;
		expect(best.id).toBe('rover-45-fob-resync');
		expect(best.confidence).toBe('S');
		expect(texts(best.procedure!)).toMatch(/emergency key code/);
		const r25 = pick('Rover', 'Rover 25', 2003);
		expect(ids(r25)).not.toContain('rover-45-fob-resync');
		expect(ids(r25)).toEqual(['rover-shop']);
	});
});

describe('Porsche', () => {
	it('a 2001 Boxster (986): the receiver resync, C, its 5 s window U', () => {
		const best = pick('Porsche', 'Boxster', 2001).candidates[0]!;
		expect(best.id).toBe('porsche-986-996-receiver-resync');
		expect(best.confidence).toBe('C');
		const w = steps(best.procedure!).flatMap((s) => s.opens ?? [])[0]!;
		expect([w.maxSeconds, w.confidence]).toEqual([5, 'U']);
	});

	it('a 2007 Cayman: the handover (S); a 2010 Cayenne and a new key: the Porsche shop path', () => {
		expect(pick('Porsche', 'Cayman', 2007).candidates[0]!.id).toBe('porsche-987-cayman-handover');
		expect(ids(pick('Porsche', 'other', 2010))).toEqual(['porsche-shop']);
		expect(ids(pick('Porsche', '911', 2002, { ...OWNER, 'key-origin': 'new' }))).toEqual([
			'porsche-shop'
		]);
	});
});

describe('Škoda and SEAT', () => {
	it('end on their own shop path, which points to the handbook’s synchronising page', () => {
		for (const make of ['Škoda', 'SEAT']) {
			const r = pick(make, 'other', 2012);
			expect(r.fallback).toBe(false);
			expect(ids(r)).toEqual(['skoda-seat-shop']);
		}
		expect(CATALOGUE.shopPath('skoda-seat-shop')!.why.text).toMatch(/synchronis/);
	});
});

describe('extensions', () => {
	it('E5: the BMW X5 (E53) gets the procedure from BMW’s own text (M); other turn-key BMWs keep C', () => {
		const e53 = settle({ by: 'pick', make: 'BMW', model: 'BMW X5 (E53)', year: 2004 });
		expect(ids(e53)).toContain('bmw-e53-remote-init');
		expect(ids(e53)).not.toContain('bmw-remote-init');
		expect(e53.candidates.find((c) => c.id === 'bmw-e53-remote-init')!.confidence).toBe('M');
		const e46 = settle({ by: 'pick', make: 'BMW', model: 'BMW 3 Series (E46)', year: 2003 });
		expect(e46.candidates.find((c) => c.id === 'bmw-remote-init')!.confidence).toBe('C');
		expect(ids(e46)).not.toContain('bmw-e53-remote-init');
	});

	it('E3: only the 2010 Sebring Convertible is told its remote is programmed with the key', () => {
		const sebring = pick('Chrysler', 'Sebring Convertible', 2010);
		const p = sebring.candidates[0]!.procedure!;
		expect(p.id).toBe('chrysler-sentry-key-add-sebring-2010');
		expect(texts(p)).toMatch(/remote buttons of the new key are programmed/);
		expect(texts(p)).toMatch(/erase all remaining keys/);
		const caliber = pick('Dodge', 'Caliber', 2009).candidates[0]!.procedure!;
		expect(caliber.id).toBe('chrysler-sentry-key-add');
		expect(texts(caliber)).toMatch(/is not stated/);
	});

	it('E12: a 2000 Mercury Sable gets the eight turns from its own owner’s manual (M)', () => {
		const best = pick('Mercury', 'Sable', 2000).candidates[0]!;
		expect(best.id).toBe('ford-rke-8-turns');
		expect(best.confidence).toBe('M');
	});

	it('E4 and P42: a 2015 Malibu with a working fob finishes with a 12-second hold; with none, the shop path says why', () => {
		const push = { ...OWNER, 'push-button-start': 'yes' };
		const withFob = pick('Chevrolet', 'Malibu', 2015, { ...push, 'working-keys': '1' });
		const p = withFob.candidates.find((c) => c.id === 'gm-keyless-access-add-fob')!.procedure!;
		expect(p.finish.find((s) => s.id === 'exit')!.holdSeconds).toEqual({ min: 12 });
		const none = pick('Chevrolet', 'Malibu', 2015, { ...push, 'working-keys': '0' });
		expect(ids(none)[0]).toBe('gm-malibu-2015-no-fob-shop');
		const shop = CATALOGUE.shopPath('gm-malibu-2015-no-fob-shop')!;
		expect(shop.why.text).toMatch(/erases every fob/);
		expect(shop.involves.map((i) => i.text).join(' ')).toMatch(/not available in Canada/);
		expect(shop.involves.map((i) => i.text).join(' ')).toMatch(/at least a second fob/);
	});

	it('P52: a push-button Ford ends on the Intelligent Access shop path, with Ford’s two-fob rule', () => {
		const r = pick('Ford', 'other', 2012, { ...OWNER, 'push-button-start': 'yes' });
		expect(ids(r)).toContain('ford-intelligent-access-shop');
		const shop = CATALOGUE.shopPath('ford-intelligent-access-shop')!;
		expect(shop.confidence).toBe('M');
		expect(shop.involves[0]!.text).toMatch(/two fobs that already work/);
	});
});
