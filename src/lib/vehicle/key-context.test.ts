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
		expect(k.facts.map((f) => f.text).join(' ')).toMatch(/07\/2004/);
		for (const f of k.facts) expect(f.source).toBeTruthy();
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
	it('first-generation MINI: BC1 and EWS on DS2 K-line, not exposed', () => {
		const items = unreachableModules(r50);
		expect(items.map((i) => i.subject)).toEqual(['Remote (body module BC1)', 'Immobiliser (EWS)']);
		for (const i of items) {
			expect(i.exposed).toBe(false);
			expect(i.source).toBeTruthy();
		}
		expect(items[0]?.detail).toMatch(/DS2.*9600 baud.*even parity/);
	});
	it('later MINI: CAS behind BMW jobs', () => {
		const items = unreachableModules(decodeVin('WMWMF73507TL12345', now));
		expect(items).toHaveLength(1);
		expect(items[0]?.detail).toMatch(/D-CAN/);
	});
	it('unknown car: one generic entry', () => {
		const items = unreachableModules(null);
		expect(items).toHaveLength(1);
		expect(items[0]?.detail).toMatch(/emissions-related/);
	});
	it('returns a fresh array each time', () => {
		const a = unreachableModules(r50);
		a.pop();
		expect(unreachableModules(r50)).toHaveLength(2);
	});
});
