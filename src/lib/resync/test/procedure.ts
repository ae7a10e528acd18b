import type { Procedure, Step } from '../types';

/** A registered source the made-up test procedures cite. */
export const TEST_SOURCES = ['generic-vw-passat-2013-keys'];

/**
 * A made-up procedure for engine tests: plain defaults (no setup, no finish,
 * no maximum, mark M) with the steps and facts a test gives.
 */
export function testProcedure(p: Partial<Procedure> & Pick<Procedure, 'perKey'>): Procedure {
	return {
		id: 'test-procedure',
		ref: 'TEST',
		title: 'Test procedure',
		summary: 'A made-up procedure for engine tests.',
		programs: 'remote-learn',
		applies: { makes: ['Test'], exclusions: [] },
		difficulty: 'easy',
		maxKeys: null,
		workingKeysNeeded: 0,
		prerequisites: [],
		warnings: [],
		setup: [],
		finish: [],
		confidence: 'M',
		sources: TEST_SOURCES,
		...p
	};
}

/** The per-key question most test procedures end on: Yes confirms the key, No fails it. */
export function keyQuestion(id: string, title: string): Step {
	return {
		kind: 'question',
		id,
		title,
		answers: [
			{ label: 'Yes', outcome: { to: 'key-confirmed' } },
			{ label: 'No', outcome: { to: 'key-failed' } }
		]
	};
}
