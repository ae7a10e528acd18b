import { describe, expect, it } from 'vitest';
import { splitApplies } from './applies';
import { procedure, type ProcedureSpec } from './procedure';

const own: Omit<ProcedureSpec, 'makes'> = {
	id: 'test-procedure',
	ref: 'TEST',
	title: 'A test remote: ignition on and off, press LOCK',
	summary: 'Turn the ignition on and off, then press LOCK.',
	programs: 'remote-learn',
	difficulty: 'easy',
	prerequisites: [],
	warnings: [],
	setup: [],
	perKey: [{ id: 'press', kind: 'action', title: 'Press LOCK' }],
	finish: [],
	confidence: 'S',
	sources: ['a']
};

describe('procedure()', () => {
	it('fills what most procedures repeat: no exclusions, no key limit, no working key needed', () => {
		const p = procedure({ ...own, makes: ['Test'] });
		expect(p).toEqual({
			...own,
			applies: { makes: ['Test'], exclusions: [] },
			maxKeys: null,
			workingKeysNeeded: 0
		});
	});

	it('keeps the key figures the make gives and gathers its cars into applies', () => {
		const cars = {
			makes: ['Test'],
			models: [{ name: 'One', from: 2001, to: 2004 }],
			answers: { 'push-button-start': ['no'] }
		};
		const p = procedure({ ...own, ...cars, maxKeys: 4, workingKeysNeeded: 2 });
		expect(p).toEqual({
			...own,
			applies: splitApplies(cars).applies,
			maxKeys: 4,
			workingKeysNeeded: 2
		});
	});
});
