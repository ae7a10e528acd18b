import { describe, expect, it } from 'vitest';
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
		expect(p.applies).toEqual({ makes: ['Test'], exclusions: [] });
		expect(p.maxKeys).toBeNull();
		expect(p.workingKeysNeeded).toBe(0);
		expect(Object.keys(p.applies)).toEqual(['makes', 'exclusions']);
	});

	it('keeps what the make gives: models, years, answers, exclusions, its key figures', () => {
		const exclusion = { text: 'Not for keyless cars.', confidence: 'S' as const, sources: ['a'] };
		const p = procedure({
			...own,
			makes: ['Test'],
			models: [{ name: 'One', from: 2001, to: 2004 }],
			years: { from: 2001, to: 2004 },
			answers: { 'push-button-start': ['no'] },
			exclusions: [exclusion],
			maxKeys: 4,
			workingKeysNeeded: 2
		});
		expect(p.applies).toEqual({
			makes: ['Test'],
			models: [{ name: 'One', from: 2001, to: 2004 }],
			years: { from: 2001, to: 2004 },
			answers: { 'push-button-start': ['no'] },
			exclusions: [exclusion]
		});
		expect(p.maxKeys).toBe(4);
		expect(p.workingKeysNeeded).toBe(2);
		for (const flat of ['makes', 'models', 'years', 'answers', 'exclusions']) {
			expect(p).not.toHaveProperty(flat);
		}
		expect({ ...p, applies: undefined }).toEqual({
			...own,
			applies: undefined,
			maxKeys: 4,
			workingKeysNeeded: 2
		});
	});
});
