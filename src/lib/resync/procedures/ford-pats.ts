/**
 * Ford / Lincoln / Mercury coded keys (PATS, "SecuriLock"): adding a key with
 * two keys that already start the car. The times changed over the years and
 * the sources pin only some years, so there is one procedure per era:
 * 1998–2002 (5 s / 10 s), 2003–2007 (uncertain), 2008–2012 (10 s / 20 s).
 */
import type {
	Confidence,
	KeySessionFacts,
	ModelRange,
	Procedure,
	VariantSpec,
	SourcedText,
	Step,
	TimeWindow
} from '../types';
import {
	Q_FORD_MARKET,
	Q_KEY_ORIGIN,
	Q_PUSH_BUTTON,
	Q_WORKING_KEYS,
	atMost,
	confirmKey,
	yesCarriesOn
} from './common';
import { src, fact } from './ford-sources';
import { withVariants } from '../engine-definition';

/** Where an owner without two working keys, or whose new key did not take, is sent. */
const SHOP = 'ford-coded-key-shop';

interface Hold {
	readonly min?: number;
	readonly max: number | null;
}

interface PatsSpec {
	readonly key1Hold: Hold | null;
	readonly gap1: number;
	readonly key2Hold: Hold;
	readonly gap2: number;
	readonly newHold: Hold;
	/** Wait the source asks for before another key and after a failed try (2010 manual: 20 s). */
	readonly waitFirst: number | null;
	/** Where that wait comes from. */
	readonly waitSources?: ReturnType<typeof src>;
	readonly failure: string;
	readonly sources: ReturnType<typeof src>;
	readonly confidence: Confidence;
}

function holdWindow(
	id: string,
	hold: Hold,
	what: string,
	s: PatsSpec,
	restartAt: string
): TimeWindow {
	const range =
		hold.max === null
			? `at least ${hold.min ?? 0} second${hold.min === 1 ? '' : 's'}`
			: `${hold.min ?? 0} to ${hold.max} seconds`;
	return {
		id,
		maxSeconds: hold.max,
		minSeconds: hold.min,
		from: `turning the ${what} to ON`,
		startsOn: 'done',
		missed: `The ${what} has to stay in ON for ${range}. Turn it to OFF, then start again from the first working key.`,
		restartAt,
		confidence: s.confidence,
		sources: s.sources
	};
}

function gapWindow(
	id: string,
	seconds: number,
	after: string,
	s: PatsSpec,
	restartAt: string
): TimeWindow {
	return {
		id,
		maxSeconds: seconds,
		from: `taking out the ${after}`,
		startsOn: 'done',
		missed: `More than ${seconds} seconds passed after taking out the ${after}. Start again from the first working key.`,
		restartAt,
		confidence: s.confidence,
		sources: s.sources
	};
}

function patsSteps(s: PatsSpec): Pick<Procedure, 'setup' | 'perKey' | 'finish'> {
	const first = s.waitFirst === null ? 'key1-on' : 'wait-first';
	const perKey: Step[] = [];
	// The 2010 manual's pause comes before another key and after a try that did not work,
	// never before the very first try (`forKeys: 'after-first-try'`).
	if (s.waitFirst !== null)
		perKey.push({
			id: 'wait-first',
			kind: 'wait',
			seconds: s.waitFirst,
			forKeys: 'after-first-try',
			title: `Wait ${s.waitFirst} seconds with no key in the ignition`,
			detail:
				'The manual asks for this pause before you program another key, and after a try that did not work.',
			sources: s.waitSources
		});
	perKey.push(
		{
			id: 'key1-on',
			kind: 'action',
			title: 'Insert the first working key and turn it to ON',
			detail:
				s.key1Hold === null
					? 'Do not start the engine. The source gives no time for this key: go straight on.'
					: `Do not start the engine. Keep it in ON for ${s.key1Hold.max === null ? `at least ${s.key1Hold.min} second${s.key1Hold.min === 1 ? '' : 's'}` : `${s.key1Hold.min ?? 0} to ${s.key1Hold.max} seconds`}.`,
			opens: s.key1Hold ? [holdWindow('key1-hold', s.key1Hold, 'first key', s, first)] : [],
			observe: { signal: 'ignition', expect: 'on' }
		},
		{
			id: 'key1-off',
			kind: 'action',
			title: 'Turn it to OFF and take the key out',
			within: s.key1Hold ? ['key1-hold'] : [],
			closes: s.key1Hold ? ['key1-hold'] : [],
			opens: [gapWindow('gap1', s.gap1, 'first key', s, first)],
			observe: { signal: 'ignition', expect: 'off' }
		},
		{
			id: 'key2-on',
			kind: 'action',
			title: `Within ${s.gap1} seconds: insert the second working key and turn it to ON`,
			detail: `Keep it in ON for ${s.key2Hold.min ?? 0} to ${s.key2Hold.max} seconds.`,
			within: ['gap1'],
			closes: ['gap1'],
			opens: [holdWindow('key2-hold', s.key2Hold, 'second key', s, first)],
			observe: { signal: 'ignition', expect: 'on' }
		},
		{
			id: 'key2-off',
			kind: 'action',
			title: 'Turn it to OFF and take the key out',
			within: ['key2-hold'],
			closes: ['key2-hold'],
			opens: [gapWindow('gap2', s.gap2, 'second key', s, first)],
			observe: { signal: 'ignition', expect: 'off' }
		},
		{
			id: 'new-on',
			kind: 'action',
			title: `Within ${s.gap2} seconds: insert the new key and turn it to ON`,
			detail:
				s.newHold.max === null
					? `Keep it in ON for at least ${s.newHold.min} second${s.newHold.min === 1 ? '' : 's'}.`
					: `Keep it in ON for ${s.newHold.min ?? 0} to ${s.newHold.max} seconds.`,
			within: ['gap2'],
			closes: ['gap2'],
			opens: [holdWindow('new-hold', s.newHold, 'new key', s, first)],
			observe: { signal: 'ignition', expect: 'on' }
		},
		{
			id: 'new-off',
			kind: 'action',
			title: 'Turn the new key back to OFF',
			within: ['new-hold'],
			closes: ['new-hold']
		},
		{
			...confirmKey(
				'Start the engine with the new key. Does it start?',
				`When it worked, the anti-theft light comes on for about 3 seconds and goes out. ${s.failure}`,
				'new-works',
				{ yes: 'Yes, it starts' }
			),
			carConfirms:
				'The engine starts; the anti-theft light lights for about 3 seconds, then goes out.'
		}
	);
	return {
		setup: [
			yesCarriesOn(
				'have-two-keys',
				'Are two keys that already start this car here with you?',
				{ to: 'shop', shopPath: SHOP },
				{
					detail:
						"Ford's method needs two working keys. With fewer, a dealer or an auto locksmith has to add the key.",
					yesLabel: 'Yes, two or more'
				}
			),
			{
				id: 'new-key-ready',
				kind: 'instruction',
				title: 'Have the new key ready',
				detail:
					'It must be cut for this car and be a Ford coded key (with a chip in its head). The doors may stay open.'
			},
			{
				id: 'start-off',
				kind: 'check',
				check: 'ignition-off',
				title: 'Start with the ignition off and no key in it'
			}
		],
		perKey,
		finish: [
			{
				id: 'done',
				kind: 'instruction',
				title: 'Check every key',
				detail: 'Start the car once with each key, old and new.'
			}
		]
	};
}

const COMMON_PREREQS: readonly SourcedText[] = [
	fact(
		'Two keys that already start this car. They need not have remote buttons.',
		'M',
		'ford-flex-2009-sm-pats',
		'ford-e250-2012-sm-pats',
		'ford-escape-2008-owners-pats'
	),
	fact(
		"The new key must have this car's cut and be a Ford coded key.",
		'M',
		'ford-flex-2009-sm-pats'
	),
	fact(
		'The car must allow owner key programming. Ford builds cars with it switched on, but a fleet may have switched it off; then only a dealer tool can add keys.',
		'M',
		'ford-flex-2009-sm-pats',
		'lincoln-mkz-2008-sm-pats'
	)
];

const COMMON_WARNINGS: readonly SourcedText[] = [
	fact(
		'If any step is not done as described, the car ends the programming. Nothing is lost: start again from the first key.',
		'M',
		'ford-flex-2009-sm-pats',
		'ford-e250-2012-sm-pats'
	),
	fact(
		'Use the two working keys and the new key one at a time: each one comes out of the ignition before the next goes in.',
		'M',
		'ford-flex-2009-sm-pats',
		'ford-excursion-2003-sm-pats'
	),
	fact(
		'Keep other coded keys away from the ignition (not on the same key ring): an owner forum reports that a second coded key close by can stop the car reading the key in the ignition.',
		'S',
		'f150online-pats-keyring'
	),
	fact(
		'With only two keys you cannot use this method after losing one: keep a third key.',
		'M',
		'ford-flex-2009-sm-pats'
	),
	fact(
		'On keys with remote buttons in the key head, this also teaches the remote (up to 4 such keys; a car holds up to 8 keys).',
		'M',
		'ford-flex-2009-sm-pats'
	)
];

const SESSION: KeySessionFacts = {
	maxKeys: atMost(8, 'keys', src('ford-flex-2009-sm-pats'))
};

/**
 * Every source describes adding a new (third) key: "insert the new key". None says what running it
 * with a key the car already knows does, so a key that worked before (only its remote stopped) is
 * not offered it; the remote methods are for that key.
 */
const APPLIES_ANSWERS = {
	[Q_WORKING_KEYS]: ['2+'],
	[Q_PUSH_BUTTON]: ['no'],
	[Q_FORD_MARKET]: ['north-america'],
	[Q_KEY_ORIGIN]: ['new']
};

const spec2000: PatsSpec = {
	key1Hold: null,
	gap1: 5,
	key2Hold: { min: 1, max: 5 },
	gap2: 10,
	newHold: { min: 1, max: null },
	waitFirst: null,
	failure:
		'If it did not work, the anti-theft light flashes: wait at least one minute, then start again from the first key.',
	sources: src('ford-expedition-2000-owners-pats', 'itstillruns-pats', 'allfordmustangs-pats'),
	confidence: 'C'
};

const spec2003: PatsSpec = {
	key1Hold: { min: 1, max: null },
	gap1: 10,
	key2Hold: { min: 1, max: 10 },
	gap2: 20,
	newHold: { min: 1, max: 10 },
	waitFirst: null,
	failure:
		'If it did not work, leave the key in ON for at least 3 seconds, turn it OFF and start again from the first key.',
	sources: src(
		'ford-mustang-2003-owners-pats',
		'keyfobmall-taurus-2006',
		'ford-escape-2008-owners-pats'
	),
	confidence: 'U'
};

const spec2008: PatsSpec = {
	key1Hold: { min: 1, max: 10 },
	gap1: 10,
	key2Hold: { min: 1, max: 10 },
	gap2: 20,
	newHold: { min: 1, max: 10 },
	waitFirst: 20,
	waitSources: src('ford-expedition-2010-owners-pats'),
	failure:
		'If it did not work, the anti-theft light may flash: leave the key in ON for at least 3 seconds, turn it OFF, wait 20 seconds and start again from the first key.',
	sources: src(
		'ford-escape-2008-owners-pats',
		'ford-expedition-2010-owners-pats',
		'ford-e250-2012-sm-pats'
	),
	confidence: 'M'
};

function patsApplies(
	years: { from: number; to: number },
	models?: readonly ModelRange[]
): Procedure['applies'] {
	return {
		makes: ['Ford', 'Lincoln', 'Mercury'],
		years,
		...(models ? { models } : {}),
		answers: APPLIES_ANSWERS,
		exclusions: [
			fact('Not for push-button (Intelligent Access) cars.', 'S', 'f150forum-intelligent-access')
		]
	};
}

function pats(
	id: string,
	years: { from: number; to: number },
	spec: PatsSpec,
	extra: Partial<Omit<Procedure, 'variants'>>,
	variants: readonly VariantSpec[] = []
): Procedure {
	const main: Omit<Procedure, 'variants'> = {
		id,
		ref: 'P04',
		ifItFails: [SHOP],
		title: `Add a Ford coded key with two working keys (${years.from}–${years.to})`,
		summary:
			'Teaches the car a new key for starting, using two keys that already start it: each key in turn, within set times.',
		programs: 'immobiliser-key',
		applies: patsApplies(years),
		difficulty: 'moderate',
		maxKeys: 8,
		keySession: SESSION,
		workingKeysNeeded: 2,
		prerequisites: COMMON_PREREQS,
		warnings: COMMON_WARNINGS,
		...patsSteps(spec),
		confidence: spec.confidence,
		sources: src(...spec.sources, 'ford-flex-2009-sm-pats', 'lincoln-mkz-2008-sm-pats'),
		...extra
	};
	return variants.length > 0 ? withVariants(main, variants) : main;
}

/** The same session with other times; the key facts and warnings are its parent's. */
function patsVariant(id: string, title: string, differs: string, spec: PatsSpec): VariantSpec {
	return {
		id,
		title,
		summary: differs,
		differs,
		...patsSteps(spec),
		confidence: spec.confidence,
		sources: spec.sources
	};
}

/** 1998–2002: second key within 5 s, new key within 10 s. */
export const pats2000 = pats('ford-coded-key-1998-2002', { from: 1998, to: 2002 }, spec2000, {
	confidenceNote:
		"The times come from a 2000 Ford Expedition owner's manual (first read there, the page could not be found again) and two owner guides that agree. Which of the years 1998–2002 use them is not pinned down; the 2003 Mustang already uses 10 seconds.",
	sources: src(...spec2000.sources, 'mercury-grand-marquis-1998-sm-pats', 'ford-flex-2009-sm-pats')
});

/** 2003–2007: the years between the two manuals; offered with the older times as an alternative. */
export const pats2003 = pats(
	'ford-coded-key-2003-2007',
	{ from: 2003, to: 2007 },
	spec2003,
	{
		confidenceNote:
			'Uncertain years. A 2003 Mustang manual gives 10 seconds for the second key (its new-key step is cut off in every copy found); a locksmith page for a 2006 Taurus and the 2008 manual give 20 seconds for the new key. If it fails, try the older, shorter times.',
		sources: src(...spec2003.sources, 'ford-excursion-2003-sm-pats', 'ford-flex-2009-sm-pats')
	},
	[
		patsVariant(
			'ford-coded-key-2003-2007-short',
			'The older times: second key within 5 seconds, new key within 10',
			'Uses the shorter times of the 2000 manual; doing it faster also meets the longer limits.',
			{ ...spec2000, confidence: 'U' }
		),
		patsVariant(
			'ford-coded-key-2003-2007-locksmith',
			'Longer time in ON: each working key 3 to 10 seconds, new key at least 6',
			'A locksmith page for the 2006 Taurus keeps each key in ON longer.',
			{
				...spec2003,
				key1Hold: { min: 3, max: 10 },
				key2Hold: { min: 3, max: 10 },
				newHold: { min: 6, max: null },
				sources: src('keyfobmall-taurus-2006'),
				confidence: 'S'
			}
		)
	]
);

/**
 * The cars Ford's texts for 2008–2012 name, each for its own year. Every other model (the US Focus
 * among them) is named by none of them: the same steps, marked U, as for the eight-turn method's
 * "not confirmed for your model" entry.
 */
const PATS_2008_MODELS: readonly ModelRange[] = [
	{ name: 'Escape', make: 'Ford', from: 2008, to: 2008 },
	{ name: 'MKZ', make: 'Lincoln', from: 2008, to: 2008 },
	{ name: 'Flex', make: 'Ford', from: 2009, to: 2009 },
	{ name: 'Mariner', make: 'Mercury', from: 2009, to: 2009 },
	{ name: 'Expedition', make: 'Ford', from: 2010, to: 2010 },
	{ name: 'Explorer', make: 'Ford', from: 2010, to: 2010 },
	{ name: 'E-250', make: 'Ford', from: 2012, to: 2012 },
	{
		name: 'Another Ford, Lincoln or Mercury with a turn key',
		otherModels: true,
		confidence: 'U',
		sources: src(...spec2008.sources, 'ford-flex-2009-sm-pats', 'lincoln-mkz-2008-sm-pats')
	}
];

/** 2008–2012: owner's manual and workshop text agree, for the models they name. */
export const pats2008 = pats('ford-coded-key-2008-2012', { from: 2008, to: 2012 }, spec2008, {
	applies: patsApplies({ from: 2008, to: 2012 }, PATS_2008_MODELS),
	confidenceNote:
		"Owner's manuals of the 2008 Escape and 2010 Expedition, workshop manuals of the 2008 MKZ, 2009 Flex, 2009 Mariner, 2010 Explorer and 2012 E-250. For any other model or year no source names it: the guide marks it uncertain there.",
	sources: src(
		...spec2008.sources,
		'ford-flex-2009-sm-pats',
		'lincoln-mkz-2008-sm-pats',
		'mercury-mariner-2009-sm-pats',
		'ford-explorer-2010-sm-pats'
	)
});
