import { describe, expect, it } from 'vitest';
import { keyCountOptions, keyLabels, keysNote, planSession, KEYS_WITHOUT_FIGURE } from './planner';
import { shopPathsAfter, tipsFor } from './troubleshooting';
import { MINI_THREE_BUTTON } from './procedures/mini-three-button';
import { MINI_TWO_BUTTON } from './procedures/mini-two-button';
import { BMW_REMOTE_INIT } from './procedures/bmw-remote-init';
import { CATALOGUE } from './test/full-catalogue';

describe('session planner', () => {
	it('offers 1 to 4 keys on this system, with the sourced maximum', () => {
		expect(keyCountOptions(MINI_THREE_BUTTON)).toEqual([1, 2, 3, 4]);
		const plan = planSession(MINI_THREE_BUTTON, 3);
		expect(plan.keys.map((k) => k.label)).toEqual(['Key 1', 'Key 2', 'Key 3']);
		expect(plan.maxKeys).toBe(4);
		expect(plan.maxKeysFact).toMatchObject({ confidence: 'C' }); // two trade sources
		expect(plan.maxKeysFact?.text).toMatch(/At most 4 remotes/);
		expect(plan.maxKeysFact?.sources).toContain('bentley-bmw-remote-my2000');
	});

	it('says what happens to a key left out and why the order stays the same', () => {
		const plan = planSession(MINI_THREE_BUTTON, 2);
		expect(plan.leftOut?.text).toMatch(/left out stops locking and unlocking/);
		expect(plan.leftOut?.confidence).toBe('C');
		expect(plan.sameOrder?.text).toMatch(/same order every time/);
		expect(plan.sameOrder?.confidence).toBe('S');
	});

	it('checklist: every key at hand and labelled, doors closed, keys charged; the car unlocked where the source says', () => {
		const mini = planSession(MINI_THREE_BUTTON, 2)
			.checklist.map((c) => c.text)
			.join('\n');
		expect(mini).toMatch(/Both keys are with you, marked Key 1 and Key 2/);
		expect(mini).toMatch(/doors closed/);
		expect(mini).toMatch(/flat key cannot be initialised/);
		const bmw = planSession(BMW_REMOTE_INIT, 1)
			.checklist.map((c) => c.text)
			.join('\n');
		expect(bmw).toMatch(/Your key is with you/);
		expect(bmw).toMatch(/The car unlocked/);
		for (const item of planSession(BMW_REMOTE_INIT, 2).checklist)
			expect(item.fact?.sources.length).toBeGreaterThan(0);
	});

	it('refuses counts the system does not take', () => {
		expect(() => planSession(MINI_THREE_BUTTON, 5)).toThrow(/1 to 4 keys/);
		expect(() => planSession(MINI_THREE_BUTTON, 0)).toThrow(RangeError);
		expect(() => planSession(MINI_THREE_BUTTON, 1.5)).toThrow(RangeError);
	});

	it('no figure in the source: a longer list, and no made-up maximum', () => {
		expect(keyCountOptions(MINI_TWO_BUTTON)).toHaveLength(KEYS_WITHOUT_FIGURE);
		const plan = planSession(MINI_TWO_BUTTON, 2);
		expect(plan.maxKeys).toBeNull();
		expect(plan.maxKeysFact).toBeNull();
		// The sources leave open what happens to a key not done: no claim, the keys sentence says so.
		expect(plan.leftOut).toBeNull();
		expect(plan.keysNote.text).toMatch(
			/sources do not say whether that touches a key you leave out/
		);
	});

	it('a key left out: never firmer than the fact it rests on', () => {
		// The 2-button three-press variant: sources disagree (U), the fact says "may stop working".
		const threePress = MINI_TWO_BUTTON.variants?.find(
			(v) => v.id === 'mini-r5x-2-button-three-press'
		);
		expect(threePress?.keySession?.leftOut?.confidence).toBe('U');
		expect(keysNote(threePress!).text).toBe(
			'Do every key in this one session, the one that still works too: a key left out may stop working.'
		);
		// The 3-button key: several sources agree (C) that a key left out stops working.
		expect(keysNote(MINI_THREE_BUTTON).text).toMatch(/a key left out stops working\.$/);
	});

	it('labels', () => {
		expect(keyLabels(4)).toEqual(['Key 1', 'Key 2', 'Key 3', 'Key 4']);
	});
});

describe('troubleshooting', () => {
	it('a failed 3-button key: transponder fact, sealed-key cautions, and the way out last', () => {
		const tips = tipsFor({ when: 'key-failed', procedureId: 'mini-r5x-3-button' }, CATALOGUE);
		const ids = tips.map((t) => t.id);
		expect(ids).toEqual(
			expect.arrayContaining([
				'starts-with-this-key',
				'sealed-key-no-coin-cell',
				'flat-sealed-key',
				'led-not-proof',
				'try-again'
			])
		);
		expect(ids).not.toContain('coin-cell-first');
		expect(ids.at(-1)).toBe('when-to-stop');
		expect(tips.at(-1)?.stopHere).toBe(true);
		// The costs are the shop path's per-market facts (bmw-mini-shop.ts), not mixed into a tip.
		expect(tips.at(-1)?.text).not.toMatch(/[£$]/);
		for (const t of tips) expect(t.sources.length).toBeGreaterThan(0);
	});

	it('a variant’s tips are its procedure’s', () => {
		const a = tipsFor(
			{ when: 'key-failed', procedureId: 'mini-r5x-3-button-open-door' },
			CATALOGUE
		).map((t) => t.id);
		const b = tipsFor({ when: 'key-failed', procedureId: 'mini-r5x-3-button' }, CATALOGUE).map(
			(t) => t.id
		);
		expect(a).toEqual(b);
	});

	it('the key tells the battery advice: a 2-button key gets the coin-cell tip, a 3-button key the sealed-key ones', () => {
		const coin = tipsFor(
			{ when: 'key-failed', procedureId: 'mini-r5x-2-button-quick' },
			CATALOGUE
		).map((t) => t.id);
		expect(coin).toContain('coin-cell-first');
		expect(coin).not.toContain('sealed-key-no-coin-cell');
		expect(coin).not.toContain('flat-sealed-key');
		const sealed = tipsFor({ when: 'before-start', procedureId: 'bmw-remote-init' }, CATALOGUE).map(
			(t) => t.id
		);
		expect(sealed).toContain('sealed-key-no-coin-cell');
		expect(sealed).not.toContain('coin-cell-first');
	});

	it('no remote works at all on a first-generation MINI: the body module, and stop', () => {
		const tips = tipsFor({ when: 'all-failed', procedureId: 'mini-r5x-3-button' }, CATALOGUE);
		expect(tips.map((t) => t.id)).toEqual(['both-remotes-dead', 'when-to-stop']);
		expect(tips[0]?.text).toMatch(/BC1/);
		// Where BC1 sits, in the vehicle page's words.
		expect(tips[0]?.text).toContain(
			'the body module (BC1) behind the trim at the foot of the right-hand windscreen pillar (A-pillar)'
		);
		expect(tips.every((t) => t.stopHere)).toBe(true);
	});

	it('before starting with a new key: the scrapyard caution', () => {
		expect(
			tipsFor(
				{
					when: 'before-start',
					procedureId: 'mini-r5x-3-button',
					answers: { 'key-origin': 'new' }
				},
				CATALOGUE
			).map((t) => t.id)
		).toContain('scrapyard-key');
		expect(
			tipsFor(
				{
					when: 'before-start',
					procedureId: 'mini-r5x-3-button',
					answers: { 'key-origin': 'worked-before' }
				},
				CATALOGUE
			).map((t) => t.id)
		).not.toContain('scrapyard-key');
	});

	it('where to go when the home attempt stops', () => {
		expect(shopPathsAfter('mini-r5x-3-button', CATALOGUE).map((s) => s.id)).toEqual([
			'bmw-mini-remote-check',
			'bmw-mini-new-key'
		]);
		expect(shopPathsAfter('mini-r5x-2-button-together', CATALOGUE).map((s) => s.id)).toEqual([
			'bmw-mini-remote-check',
			'mini-r5x-2-button-new-remote'
		]);
		expect(shopPathsAfter('unknown', CATALOGUE).map((s) => s.id)).toEqual(['no-owner-procedure']);
	});
});

describe('tips for what the owner already did', () => {
	const ids = (newCell: 'yes' | 'no' | null) =>
		tipsFor(
			{ when: 'key-failed', procedureId: 'mini-r5x-2-button-quick', complaint: { newCell } },
			CATALOGUE
		).map((t) => t.id);

	it('a new cell fitted: "fit a fresh coin cell" is not said again; not fitted or not said: it is', () => {
		expect(ids('yes')).not.toContain('coin-cell-first');
		expect(ids('no')).toContain('coin-cell-first');
		expect(ids(null)).toContain('coin-cell-first');
		// Nothing else is left out for it.
		expect(ids('yes')).toEqual(ids('no').filter((id) => id !== 'coin-cell-first'));
	});
});
