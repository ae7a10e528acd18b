/**
 * The hazard-switch sequence of the Mitsubishi-built remote receivers (sold as
 * Mitsubishi and as Chrysler/Dodge): six presses within 10 seconds, paced by a
 * get-ready step, until the doors lock and unlock. The two make modules rest it
 * on different sources, so each passes its own mark and sources.
 */
import type { InstructionStep, RepeatStep, TimeWindow } from '../types';
import { getReady } from './common';

export function hazardSixPresses(
	/** What the get-ready step says comes next, one sentence ending in a full stop. */
	next: string,
	confidence: TimeWindow['confidence'],
	sources: TimeWindow['sources']
): [InstructionStep, RepeatStep] {
	return [
		getReady(
			'hazard-ready',
			{ hand: 'Finger on the hazard warning switch', start: 'pressing', next },
			{
				id: 'hazard',
				maxSeconds: 10,
				from: 'when you tapped Go, just before your first press',
				missed: 'More than 10 seconds passed between Go and the sixth press. Try again.',
				restartAt: 'hazard-ready',
				confidence,
				sources
			}
		),
		{
			id: 'hazard',
			kind: 'repeat',
			times: 6,
			unit: 'press of the hazard switch',
			title: 'Press the hazard warning switch 6 times within 10 seconds',
			within: ['hazard'],
			closes: ['hazard'],
			carConfirms: 'All doors lock and unlock: registration mode.'
		}
	];
}
