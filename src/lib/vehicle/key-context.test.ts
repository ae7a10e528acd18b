import { describe, expect, it } from 'vitest';
import { keyContextFor } from './key-context';
import { unreachableModules } from './unreachable-modules';
import { decodeVin } from './vin-decode';

const now = { currentYear: 2026 };
const r50 = decodeVin('WMWRC33423TJ12345', now);

describe('keyContextFor', () => {
	it('first-generation MINI: the user must identify the key (07/2004 split)', () => {
		const k = keyContextFor(r50);
		expect(k.kind).toBe('mini-first-gen');
		expect(k.userMustIdentifyKey).toBe(true);
		expect(k.facts.map((f) => f.text).join(' ')).toMatch(/July 2004/);
		for (const f of k.facts) expect(f.source).toBeTruthy();
		// The 2-button key's sources do not say what a left-out key does: no firm claim for the generation.
		const leftOut = k.facts.find((f) => /left out/.test(f.text));
		expect(leftOut?.text).toMatch(/may stop working/);
		expect(leftOut?.text).not.toMatch(/left out stops? working/);
	});
	it('second-generation MINI: CAS, no owner procedure', () => {
		const k = keyContextFor(decodeVin('WMWMF73507TL12345', now));
		expect(k.kind).toBe('mini-cas');
		expect(k.ownerProcedure).toBe('none-known');
	});
	it('a MINI of unknown code but a late model year is CAS', () => {
		expect(keyContextFor({ ...r50, chassis: null, modelYear: 2012 }).kind).toBe('mini-cas');
		expect(keyContextFor({ ...r50, chassis: null, modelYear: 2005 }).kind).toBe(
			'mini-unknown-generation'
		);
	});
	it('unknown cars have no source', () => {
		expect(keyContextFor(null).ownerProcedure).toBe('no-source');
		expect(keyContextFor(decodeVin('1HGCM82633A004352', now)).kind).toBe('unknown');
	});
});

describe('unreachableModules', () => {
	it('first-generation MINI: BC1 and EWS are out of reach, marked so, in plain words', () => {
		const items = unreachableModules(r50);
		expect(items.map((i) => i.subject)).toEqual([
			'Remote locking (body module BC1)',
			'Immobiliser (EWS)'
		]);
		for (const i of items) {
			expect(i.exposed).toBe(false);
			expect(i.state).toBe('not-readable');
			expect(i.source).toBeTruthy();
			// No protocol detail on screen (baud rate, parity, "DS2"): that stays in the docs.
			expect(i.detail).not.toMatch(/baud|parity|DS2|K-line/);
		}
		// What limits it is FobSync's generic requests, not every use of an ELM327.
		expect(items[0]?.detail).toMatch(/FobSync does not use/);
	});
	it('later MINI: CAS needs BMW-specific requests FobSync does not send', () => {
		const items = unreachableModules(decodeVin('WMWMF73507TL12345', now));
		expect(items).toHaveLength(1);
		expect(items[0]?.detail).toMatch(/FobSync does not send/);
	});
	it('unknown car: one generic entry about what standard OBD-II covers', () => {
		const items = unreachableModules(null);
		expect(items).toHaveLength(1);
		expect(items[0]?.detail).toMatch(/FobSync reads only the standard OBD-II data/);
	});
	it('the generic entry claims only what SAE J1979 says, so it may carry M', () => {
		const [item] = unreachableModules(null);
		expect(item?.confidence).toBe('M');
		expect(item?.source).toMatch(/^SAE J1979/);
		expect(item?.detail).toMatch(
			/That standard has no request for remote locking or the immobiliser/
		);
		// What language each maker's modules speak is not in J1979.
		expect(item?.detail).not.toMatch(/maker/);
	});
	it('returns a fresh array each time', () => {
		const a = unreachableModules(r50);
		a.pop();
		expect(unreachableModules(r50)).toHaveLength(2);
	});
});
