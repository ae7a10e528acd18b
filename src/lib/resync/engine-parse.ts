import { GUIDE_STATE_VERSION, type GuideState } from './engine-types';

/*
 * Apart from engine.ts so reading saved progress (state/guide-store.ts) loads
 * neither the engine nor any make's data.
 */

/**
 * A stored value read back as a GuideState, or null when it is not one (wrong
 * version, missing fields). Pair with `resumeAfterReload`.
 */
export function parseGuideState(value: unknown): GuideState | null {
	if (typeof value === 'string') {
		try {
			value = JSON.parse(value);
		} catch {
			return null;
		}
	}
	if (typeof value !== 'object' || value === null) return null;
	const s = value as Partial<GuideState>;
	const ok =
		s.version === GUIDE_STATE_VERSION &&
		typeof s.procedureId === 'string' &&
		typeof s.title === 'string' &&
		Array.isArray(s.keys) &&
		Array.isArray(s.order) &&
		Array.isArray(s.windows) &&
		Array.isArray(s.misses) &&
		Array.isArray(s.checks) &&
		Array.isArray(s.triedVariants) &&
		Array.isArray(s.attemptLog) &&
		typeof s.failures === 'object' &&
		s.failures !== null &&
		typeof s.startedAt === 'number' &&
		typeof s.attempt === 'number' &&
		typeof s.cursor === 'object' &&
		s.cursor !== null &&
		typeof s.mode === 'object' &&
		s.mode !== null &&
		typeof s.readings === 'object' &&
		s.readings !== null;
	return ok ? (s as GuideState) : null;
}
