import type { LatencyModel } from './types';

/** Figures from the ELM327 datasheet timings and the reports in docs/domain.md §6/§8. */
export const REALISTIC: LatencyModel = {
	atMs: 10,
	canMs: 45,
	kLineMs: 120,
	j1850Ms: 60,
	kLineInitMs: 2600,
	searchStepMs: 450,
	resetMs: 900,
	perByteMs: 0.26 // 10 bits per byte at 38400 baud
};

export const FAST: LatencyModel = {
	atMs: 0,
	canMs: 0,
	kLineMs: 0,
	j1850Ms: 0,
	kLineInitMs: 0,
	searchStepMs: 0,
	resetMs: 0,
	perByteMs: 0
};

export function latencyModel(
	option: 'realistic' | 'fast' | LatencyModel | undefined
): LatencyModel {
	if (option === 'fast') return FAST;
	if (option === undefined || option === 'realistic') return REALISTIC;
	return option;
}
