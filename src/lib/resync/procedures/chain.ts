/**
 * Builds a chain of steps where each must follow the previous one within a
 * time the source gives ("complete each step within 4 seconds of the previous
 * step"). Each step opens its own window (`<id>-1`, `<id>-2` …) that the next
 * step is done within and closes, so each countdown runs from the step before.
 */
import type { Confidence, SourceId, Step, TimeWindow } from '../types';

export interface ChainLink {
	readonly id: string;
	readonly kind: 'action' | 'repeat';
	readonly title: string;
	readonly detail?: string;
	readonly times?: number;
	readonly unit?: string;
	readonly carConfirms?: string;
	/** Limits for the step after this one, counted from this step being done. */
	readonly next?: { readonly min?: number; readonly max: number };
}

/** Turns links into steps; the first link opens the chain, the last closes it. */
export function chainSteps(
	links: readonly ChainLink[],
	opts: {
		readonly windowId: string;
		readonly restartAt: string;
		readonly confidence: Confidence;
		readonly sources: readonly SourceId[];
	}
): Step[] {
	return links.map((link, i) => {
		const prev = links[i - 1];
		const opens: TimeWindow[] = link.next
			? [
					{
						id: `${opts.windowId}-${i + 1}`,
						maxSeconds: link.next.max,
						minSeconds: link.next.min,
						from: 'the previous step',
						startsOn: 'done',
						missed:
							link.next.min === undefined
								? `More than ${link.next.max} seconds passed between two steps. Start again from the first step.`
								: `Each step has to come ${link.next.min} to ${link.next.max} seconds after the one before. Start again from the first step.`,
						restartAt: opts.restartAt,
						confidence: opts.confidence,
						sources: opts.sources
					}
				]
			: [];
		const base = {
			id: link.id,
			title: link.title,
			detail: link.detail,
			carConfirms: link.carConfirms,
			opens,
			within: prev?.next ? [`${opts.windowId}-${i}`] : [],
			closes: prev?.next ? [`${opts.windowId}-${i}`] : []
		};
		return link.kind === 'repeat'
			? { ...base, kind: 'repeat', times: link.times ?? 1, unit: link.unit ?? 'time' }
			: { ...base, kind: 'action' };
	});
}
