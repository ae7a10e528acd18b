/**
 * The Ford "turn the key N times, then press each remote" family, written once
 * and filled in per car: the 8-turn North American method, the Town Car /
 * Grand Marquis 4-turn method, the Transit Connect and Focus 4-turn method
 * ending in OFF, and the Ford-built Mazda B-Series.
 */
import type { Confidence, Procedure, Step, VariantSpec } from '../types';
import { confirmKey, getReady, yesCarriesOn } from './common';
import type { src } from './ford-sources';

/** Sources cited from Ford's documents only (a typo is a type error). */
type FordSourceList = ReturnType<typeof src>;

/** What differs between the members of the family, each figure with its source. */
export interface TurnsSpec {
	readonly turns: number;
	/** "OFF (or LOCK) and ON (RUN)"; the positions named as the car's manual names them. */
	readonly between: string;
	/** Where the last turn must end. */
	readonly endsIn: string;
	readonly turnsSeconds: number;
	readonly turnsSources: FordSourceList;
	readonly turnsConfidence: Confidence;
	/** How the car says it is ready: "The locks lock and unlock." */
	readonly modeSign: string;
	/** Seconds to press the first (and each next) remote; null: the source gives none. */
	readonly pressSeconds: number | null;
	readonly pressSources: FordSourceList;
	readonly pressConfidence: Confidence;
	/** What to press and hold, if more than a tap. */
	readonly press: string;
	/** How the car confirms a remote. */
	readonly remoteSign: string;
	/** Steps before the turns (unlock the doors, …). */
	readonly before: readonly Step[];
	/** The exit action and what the source says about leaving the mode. */
	readonly exitTitle: string;
	readonly exitDetail: string;
	readonly exitSign?: string;
	readonly exitSources: FordSourceList;
	readonly testDetail: string;
}

/** The steps of one run of the family; the procedure or variant adds the rest. */
export function turnsSteps(s: TurnsSpec): Pick<Procedure, 'setup' | 'perKey' | 'finish'> {
	const pressWindow = (first: boolean) => ({
		id: first ? 'program' : 'next-remote',
		maxSeconds: s.pressSeconds,
		from: first ? 'the moment the car signalled it is ready' : 'the last remote the car accepted',
		startsOn: 'done' as const,
		missed:
			s.pressSeconds === null
				? 'The source gives no time limit here.'
				: `More than ${s.pressSeconds} seconds passed, so the car has left programming mode. Start again from the key turns, with every remote.`,
		restartAt: 'turns-ready',
		confidence: s.pressConfidence,
		sources: s.pressSources
	});
	return {
		setup: [
			...s.before,
			{
				id: 'key-in',
				kind: 'action',
				title: 'Put the key in the ignition, turned to OFF',
				detail: 'The turns must be quick: the next step tells you when to start.'
			},
			getReady(
				'turns-ready',
				{
					hand: 'Hand on the key',
					start: 'turning',
					next: `turn the key between ${s.between}, ${s.turns} times within ${s.turnsSeconds} seconds, ending in ${s.endsIn}.`
				},
				{
					id: 'turns',
					maxSeconds: s.turnsSeconds,
					from: 'when you tapped Go, just before your first turn of the key',
					missed: `More than ${s.turnsSeconds} seconds passed between Go and the end of the ${s.turns} turns. Turn the key back to OFF and try again a little faster.`,
					restartAt: 'turns-ready',
					confidence: s.turnsConfidence,
					sources: s.turnsSources
				}
			),
			{
				id: 'turns',
				kind: 'repeat',
				times: s.turns,
				unit: `turn between ${s.between}`,
				title: `Turn the key between ${s.between}, ${s.turns} times within ${s.turnsSeconds} seconds`,
				detail: `Quick, full turns. The last turn ends in ${s.endsIn}: leave the key there, then tap Done.`,
				say: `Turn the key ${s.turns} times, quickly, ending in ${s.endsIn}.`,
				opens: [pressWindow(true)],
				within: ['turns'],
				closes: ['turns'],
				carConfirms: s.modeSign,
				confidence: s.turnsConfidence,
				sources: s.turnsSources
			},
			yesCarriesOn(
				'mode-ready',
				'Did the car signal that it is ready?',
				{ to: 'restart' },
				{
					detail: `${s.modeSign} If nothing happened, the turns were too slow or too few.`,
					noLabel: 'No, nothing happened'
				}
			)
		],
		perKey: [
			{
				id: 'press',
				kind: 'action',
				title: s.press,
				detail:
					s.pressSeconds === null
						? 'The source gives no time limit for this press: do it straight away.'
						: `Within ${s.pressSeconds} seconds.`,
				within: ['program', 'next-remote'],
				closes: ['program'],
				opens: [pressWindow(false)],
				carConfirms: s.remoteSign,
				confidence: s.pressConfidence,
				sources: s.pressSources
			},
			confirmKey('Did the car confirm this remote?', s.remoteSign, 'remote-accepted')
		],
		finish: [
			{
				id: 'exit',
				kind: 'action',
				title: s.exitTitle,
				detail: s.exitDetail,
				carConfirms: s.exitSign,
				sources: s.exitSources
			},
			{
				id: 'test',
				kind: 'instruction',
				title: 'Test every remote',
				detail: s.testDetail
			}
		]
	};
}

/**
 * A variant of a turns procedure: same frame, different figures; the rest
 * (key facts, prerequisites, warnings) its parent's unless `base` gives it.
 */
export function turnsVariant(
	base: Omit<VariantSpec, 'setup' | 'perKey' | 'finish'>,
	spec: TurnsSpec
): VariantSpec {
	return { ...base, ...turnsSteps(spec) };
}
