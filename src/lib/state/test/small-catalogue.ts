import { buildCatalogue } from '../../resync/catalogue';
import { keyQuestion, testProcedure } from '../../resync/test/procedure';
import type {
	CatalogueModule,
	Procedure,
	ShopPath,
	Step,
	TimeWindow,
	TroubleshootTip
} from '../../resync/types';

/**
 * A small made-up catalogue for the wizard's tests, so they test the wizard
 * (choice, timer, cues, saving, live checks, tips) and not the app's data.
 * Two procedures for one make, told apart by one question about the key:
 *
 * - TIMED (3 buttons): battery check, get in, Go opens 5 s to the switch-off,
 *   which opens 30 s to the first key; per key: hold (opens 10 s), press 3 times,
 *   release (the next key's 30 s), did it confirm?; finish: one action.
 * - WATCHED (2 buttons): battery check, sit in; per key: ignition on (seen by the
 *   car), Go (ignition off, seen too) opens 10 s to press the buttons, did it work?
 *
 * The make is the one the VIN decoder gives for the test VIN; nothing else of
 * that make's data is used.
 */

const SOURCES = ['wizard-test-source'];
const MAKE = 'MINI';

export const BUTTONS_QUESTION = 'test-key-buttons';

function window(
	w: Pick<TimeWindow, 'id' | 'maxSeconds' | 'missed' | 'restartAt'> & Partial<TimeWindow>
): TimeWindow {
	return { from: 'when you tapped', startsOn: 'done', confidence: 'C', sources: SOURCES, ...w };
}

const battery: Step = {
	kind: 'check',
	check: 'battery',
	id: 'battery',
	title: 'Check the car battery'
};

const confirm = keyQuestion('confirm', 'Did the car confirm this key?');

const QUICK = window({
	id: 'quick',
	maxSeconds: 5,
	missed: 'More than 5 seconds passed between on and off.',
	restartAt: 'go'
});
const STANDBY = window({
	id: 'standby',
	maxSeconds: 30,
	missed: 'More than 30 seconds passed before the next key.',
	restartAt: 'go'
});
const PRESSES = window({
	id: 'presses',
	maxSeconds: 10,
	missed: 'The presses took longer than 10 seconds.',
	restartAt: 'go'
});

/** A test procedure for the key with this many buttons (what the one question tells apart). */
function procedure(
	buttons: '2' | '3',
	p: Partial<Procedure> & Pick<Procedure, 'id' | 'perKey'>
): Procedure {
	return testProcedure({
		title: `Test procedure ${p.id}`,
		summary: 'A made-up procedure for the wizard tests.',
		applies: { makes: [MAKE], answers: { [BUTTONS_QUESTION]: [buttons] }, exclusions: [] },
		confidence: 'C',
		sources: SOURCES,
		...p
	});
}

export const TIMED = procedure('3', {
	id: 'test-timed',
	title: 'Timed test procedure',
	ifItFails: ['test-shop'],
	setup: [
		battery,
		{ kind: 'instruction', id: 'get-in', title: 'Sit in the car with every key' },
		{
			kind: 'action',
			id: 'go',
			title: 'Tap Go, then turn the key on and off',
			say: 'Tap Go, then turn the key on and off.',
			doneLabel: 'Go',
			opens: [QUICK]
		},
		{
			kind: 'action',
			id: 'off',
			title: 'Turn the key off and take it out',
			say: 'Off, key out.',
			within: ['quick'],
			closes: ['quick'],
			opens: [STANDBY]
		}
	],
	perKey: [
		{
			kind: 'action',
			id: 'hold',
			title: 'Hold UNLOCK',
			within: ['standby'],
			closes: ['standby'],
			opens: [PRESSES]
		},
		{
			kind: 'repeat',
			id: 'press',
			title: 'Press LOCK 3 times',
			times: 3,
			unit: 'press of LOCK',
			within: ['presses'],
			closes: ['presses']
		},
		{ kind: 'action', id: 'release', title: 'Let go', opens: [STANDBY] },
		confirm
	],
	finish: [{ kind: 'action', id: 'end', title: 'Turn the key on to finish' }]
});

export const WATCHED = procedure('2', {
	id: 'test-watched',
	title: 'Watched test procedure',
	setup: [battery, { kind: 'instruction', id: 'sit-in', title: 'Sit in the car' }],
	perKey: [
		{
			kind: 'action',
			id: 'ign-on',
			title: 'Turn the key to position 2',
			observe: { signal: 'ignition', expect: 'on' }
		},
		{
			kind: 'action',
			id: 'ign-off',
			title: 'Tap Go, then turn the key off and press the buttons',
			doneLabel: 'Go',
			opens: [
				window({
					id: 'press-within-10',
					maxSeconds: 10,
					missed: 'More than 10 seconds passed.',
					restartAt: 'ign-on'
				})
			],
			observe: { signal: 'ignition', expect: 'off' }
		},
		{
			kind: 'action',
			id: 'press-buttons',
			title: 'Press the buttons',
			within: ['press-within-10'],
			closes: ['press-within-10']
		},
		confirm
	]
});

function shop(id: string, extra: Partial<ShopPath> = {}): ShopPath {
	return {
		id,
		title: `Test shop path ${id}`,
		applies: { makes: [MAKE], exclusions: [] },
		why: { text: 'A made-up reason.', confidence: 'C', sources: SOURCES },
		shops: ['dealer'],
		askFor: 'A made-up request.',
		bring: ['every key'],
		involves: [],
		confidence: 'C',
		sources: SOURCES,
		onlyAfterFailure: true,
		...extra
	};
}

function tip(
	id: string,
	t: Partial<TroubleshootTip> & Pick<TroubleshootTip, 'when'>
): TroubleshootTip {
	return {
		id,
		title: `Tip ${id}`,
		text: 'A made-up tip.',
		confidence: 'C',
		sources: SOURCES,
		...t
	};
}

/** Tips for each moment, one only for the timed procedure, one only for a 3-button answer. */
export const TIPS = {
	oneKey: tip('one-key', { when: ['key-failed'] }),
	everyKey: tip('every-key', { when: ['all-failed'] }),
	stop: tip('stop-here', { when: ['key-failed', 'all-failed'], stopHere: true }),
	timedOnly: tip('timed-only', { when: ['key-failed'], procedures: [TIMED.id] }),
	threeButtons: tip('three-buttons', {
		when: ['key-failed'],
		ifAnswers: { [BUTTONS_QUESTION]: ['3'] }
	})
} as const;

const MODULE: CatalogueModule = {
	sources: [{ id: SOURCES[0]!, title: 'A made-up source for the wizard tests', kind: 'community' }],
	procedures: [TIMED, WATCHED],
	shopPaths: [
		shop('test-shop'),
		shop('test-fallback', {
			applies: { makes: [], exclusions: [] },
			fallback: true,
			onlyAfterFailure: false
		})
	],
	questions: [
		{
			id: BUTTONS_QUESTION,
			prompt: 'How many buttons does the key have?',
			options: [
				{ id: '2', label: 'Two' },
				{ id: '3', label: 'Three' }
			],
			sources: SOURCES
		}
	],
	troubleshooting: Object.values(TIPS)
};

export const SMALL_CATALOGUE = buildCatalogue([MODULE]);
