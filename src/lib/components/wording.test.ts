import { describe, expect, it } from 'vitest';
import { BMW_MINI_TIPS } from '$lib/resync/procedures/bmw-mini-tips';
import { BC1_LOCATION, MINI_FIRST_GEN_UNREACHABLE } from '$lib/vehicle/unreachable-modules';
import { decodeVin } from '$lib/vehicle/vin-decode';
import { WMI_TABLE } from '$lib/vehicle/wmi';
import { vehicleName } from './vehicle/vehicle-name';

/** The plain part of where BC1 sits, as every screen says it (docs/domain.md §5). */
const PLAIN_BC1 = 'at the foot of the right-hand windscreen pillar';

describe('one wording for one fact across the screens', () => {
	it('BC1’s place: plain words, with the technical name once', () => {
		expect(BC1_LOCATION).toBe(`${PLAIN_BC1} (A-pillar)`);
		const card = MINI_FIRST_GEN_UNREACHABLE.find((i) => i.subject.includes('BC1'))!;
		expect(card.detail).toContain(BC1_LOCATION);
		expect(card.detail).not.toMatch(/door pillar/);
		// The resync guide's tip names the same place in the same plain words.
		const mentions = BMW_MINI_TIPS.filter((t) => /BC1/.test(t.text) && /pillar/.test(t.text));
		expect(mentions.length).toBeGreaterThan(0);
		for (const tip of mentions) expect(tip.text).toContain(PLAIN_BC1);
	});
});

describe('the vehicle’s name', () => {
	it('has no brackets: a body type reads as a word, other qualifiers stay in Details', () => {
		expect(vehicleName(decodeVin('1FTPW14V85KD12345', { currentYear: 2026 }))).toBe(
			'2005 Ford truck'
		);
		for (const { make } of Object.values(WMI_TABLE)) {
			const name = vehicleName({ ...decodeVin('1FTPW14V85KD12345'), make, model: null });
			expect(name, make).not.toMatch(/[()]/);
		}
	});
});
