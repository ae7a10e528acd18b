import { describe, expect, it } from 'vitest';
import { catalogueSize, describeDtc, DTC_TABLES } from './dtc';
import { KEY_RELATED_CODES } from './dtc-key-family';

describe('describeDtc', () => {
	it('flags the immobiliser and key family with a note and source', () => {
		for (const code of ['P0513', 'P0633', 'U0167', 'U0168', 'U0426', 'U0427', 'U0140', 'U0214']) {
			const d = describeDtc(code);
			expect(d.keyRelated, code).toBe(true);
			expect(d.description, code).not.toBeNull();
			expect(d.note, code).toBeTruthy();
			expect(d.source, code).toBeTruthy();
			expect(d.generic, code).toBe(true);
		}
	});
	it('gives P0513 and P0633 the DOMAIN confidence', () => {
		expect(describeDtc('P0513').confidence).toBe('M');
		expect(describeDtc('P0633').confidence).toBe('S');
		expect(describeDtc('P0633').description).toBe('Immobilizer Key Not Programmed - ECM/PCM');
	});
	it('every flagged code has a title in the catalogue', () => {
		for (const code of Object.keys(KEY_RELATED_CODES)) {
			expect(describeDtc(code).description, code).not.toBeNull();
		}
	});
	it('does not flag ordinary codes', () => {
		const d = describeDtc('P0301');
		expect(d).toMatchObject({
			description: 'Cylinder 1 Misfire Detected',
			keyRelated: false,
			generic: true,
			system: 'Powertrain (generic) - ignition system or misfire'
		});
		expect(describeDtc('P0562').description).toBe('System Voltage Low');
	});
	it('normalises case and spaces', () => {
		expect(describeDtc(' p0420 ').description).toBe(
			'Catalyst System Efficiency Below Threshold (Bank 1)'
		);
	});
	it('says a manufacturer code is manufacturer-specific and never flags it', () => {
		for (const code of ['P1513', 'P3000', 'B1000', 'C2000', 'U1000']) {
			const d = describeDtc(code);
			expect(d.generic, code).toBe(false);
			expect(d.description, code).toBeNull();
			expect(d.keyRelated, code).toBe(false);
			expect(d.note, code).toMatch(/manufacturer-specific/);
		}
	});
	it('returns null for generic codes outside the catalogue', () => {
		const d = describeDtc('P0999');
		expect(d.generic).toBe(true);
		expect(d.description).toBeNull();
		expect(d.note).toMatch(/no description in our catalogue/);
	});
	it('classifies systems by letter and range', () => {
		expect(describeDtc('U0100').system).toBe('Network (generic)');
		expect(describeDtc('B0001').system).toBe('Body (generic)');
		expect(describeDtc('P3400').generic).toBe(true);
		expect(describeDtc('P0700').system).toMatch(/transmission/);
	});
	it('rejects text that is not a code', () => {
		const d = describeDtc('X123');
		expect(d.description).toBeNull();
		expect(d.note).toMatch(/not a trouble code/);
	});
	it('covers the ranges scan tools show most', () => {
		const must = [
			...range('P', 300, 312),
			...range('P', 171, 175),
			...range('P', 130, 167),
			...range('P', 420, 434),
			...range('P', 440, 457),
			...range('P', 100, 125),
			...range('P', 335, 349),
			...range('P', 10, 25),
			...range('P', 400, 409),
			...range('P', 560, 563),
			'P0633',
			'P0700',
			'U0001',
			'U0100',
			'U0101',
			'U0121',
			'U0155'
		];
		const missing = must.filter((c) => describeDtc(c).description === null);
		expect(missing).toEqual([]);
		expect(catalogueSize()).toBeGreaterThanOrEqual(600);
	});
	it('holds only well-formed, generic, non-empty titles with a source', () => {
		for (const table of DTC_TABLES) {
			expect(table.source).toBeTruthy();
			for (const [code, title] of Object.entries(table.titles)) {
				expect(describeDtc(code).generic, code).toBe(true);
				expect(title.trim().length, code).toBeGreaterThan(3);
			}
		}
	});
});

function range(letter: string, from: number, to: number): string[] {
	const out: string[] = [];
	for (let n = from; n <= to; n++) out.push(`${letter}${String(n).padStart(4, '0')}`);
	return out;
}
