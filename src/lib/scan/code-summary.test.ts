import { describe, expect, it } from 'vitest';
import {
	codesByKind,
	describeCodesByKind,
	noCodesSentence,
	unreadKindsSentences
} from './code-summary';
import { buildKeyStatus } from './key-status';
import type { ReportDtc, VehicleReport } from './types';

const dtc = (code: string, kind: ReportDtc['kind']): ReportDtc => ({
	code,
	kind,
	keyRelated: true
});
const reads = (
	stored: VehicleReport['dtcReads'][number]['outcome'],
	pending: VehicleReport['dtcReads'][number]['outcome'],
	permanent: VehicleReport['dtcReads'][number]['outcome']
): VehicleReport['dtcReads'] => [
	{ kind: 'stored', outcome: stored },
	{ kind: 'pending', outcome: pending },
	{ kind: 'permanent', outcome: permanent }
];

describe('trouble codes summarised by kind', () => {
	it('never calls a pending code stored', () => {
		const codes = [dtc('U0167', 'pending'), dtc('P0513', 'stored')];
		expect(codesByKind(codes)).toEqual([
			{ kind: 'stored', codes: ['P0513'] },
			{ kind: 'pending', codes: ['U0167'] }
		]);
		expect(describeCodesByKind(codes)).toBe(
			'Stored (confirmed by the engine computer): P0513. Pending (seen once, not yet confirmed): U0167.'
		);
	});

	it('lists a code once per kind, and under each kind it was reported as', () => {
		const codes = [
			dtc('P0513', 'stored'),
			{ ...dtc('P0513', 'stored'), ecu: '7E9' },
			dtc('P0513', 'permanent')
		];
		expect(describeCodesByKind(codes)).toBe(
			'Stored (confirmed by the engine computer): P0513. Permanent (stays until the car has re-checked the fault itself): P0513.'
		);
		expect(describeCodesByKind([])).toBe('');
	});

	it('"no codes" names the kinds actually read, and says which could not be read', () => {
		expect(noCodesSentence(reads('read', 'read', 'read'))).toBe(
			'No stored, pending or permanent trouble codes.'
		);
		// A K-line car is not asked for permanent codes.
		expect(noCodesSentence(reads('read', 'read', 'not-asked'))).toBe(
			'No stored or pending trouble codes.'
		);
		expect(noCodesSentence(reads('read', 'no-answer', 'not-asked'))).toBe(
			'No stored trouble codes.'
		);
		expect(unreadKindsSentences(reads('read', 'no-answer', 'incomplete'))).toEqual([
			'Pending codes: the engine computer gave no answer.',
			'Permanent codes: part of the answer arrived damaged.'
		]);
		expect(noCodesSentence(reads('refused', 'no-answer', 'not-asked'))).toBe(
			'The trouble codes could not be read this time.'
		);
		// A report saved before reads were recorded.
		expect(noCodesSentence([])).toBe('No trouble codes reported.');
	});
});

describe('the key card’s immobiliser-codes line', () => {
	const line = (input: Partial<Parameters<typeof buildKeyStatus>[0]>) =>
		buildKeyStatus({
			vehicle: null,
			ignition: 'on',
			dtcs: [],
			dtcReads: reads('read', 'read', 'read'),
			carAnswered: true,
			...input
		}).find((k) => k.subject === 'Immobiliser trouble codes in the engine computer')!;

	it('a stored and a pending code: each under its own kind, marked as sure as the least sure code', () => {
		const item = line({ dtcs: [dtc('P0513', 'stored'), dtc('U0167', 'pending')] });
		expect(item.state).toBe('attention');
		expect(item.detail).toMatch(/^Stored \(confirmed by the engine computer\): P0513\. Pending/);
		expect(item.detail).toContain('Pending (seen once, not yet confirmed): U0167.');
		expect(item.detail).not.toMatch(/Stored: P0513, U0167/);
		// P0513 is M, U0167 C: the line is no surer than C.
		expect(item.confidence).toBe('C');
	});

	it('only a pending code: a possible problem, not a confirmed one', () => {
		const item = line({ dtcs: [dtc('U0167', 'pending')] });
		expect(item.detail).toMatch(/^Pending \(seen once, not yet confirmed\): U0167\./);
		expect(item.detail).toContain('not confirmed it');
		expect(item.detail).not.toMatch(/stored/i);
	});

	it('no immobiliser code: says which kinds were looked at', () => {
		expect(line({ dtcReads: reads('read', 'read', 'not-asked') }).detail).toMatch(
			/^No immobiliser code among the stored or pending codes\./
		);
		const partly = line({ dtcReads: reads('read', 'no-answer', 'not-asked') });
		expect(partly.state).toBe('ok');
		expect(partly.detail).toContain('Pending codes: the engine computer gave no answer.');
	});

	it('codes that could not be read are not "none": the mark is unknown', () => {
		const item = line({ dtcReads: reads('incomplete', 'no-answer', 'not-asked') });
		expect(item.state).toBe('unknown');
		expect(item.detail).toMatch(/^Not checked/);
	});
});
