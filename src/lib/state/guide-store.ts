import { parseGuideState } from '../resync/engine-parse';
import type { GuideState } from '../resync/engine-types';
import type { CarQuery } from '../resync/finder';
import type { KeyAnswers } from '../resync/types';
import { hasComplaint, parseComplaint, type OwnerComplaint } from '../resync/complaint';
import { STORED_KEYS, type DeviceStorage } from './device-storage';

/**
 * The guide's progress kept on this device (STORED_KEYS.guide, through the
 * guarded device storage): which car and key the owner described, the
 * procedure chosen, and the running session's engine state. Written on every
 * transition, so a reload, a lost connection or a closed tab loses nothing.
 * A new stored shape gets a new key version (older data is then ignored).
 */

/** What the owner has told the guide so far. */
export interface GuideChoice {
	readonly car: CarQuery | null;
	readonly answers: KeyAnswers;
	/** The procedure (or shop path) the owner opened, by id. */
	readonly chosen: string | null;
	/** Keys planned for the session. */
	readonly keyCount: number | null;
	/** What fails and what the owner already tried (absent: not said). */
	readonly complaint?: OwnerComplaint;
}

export const EMPTY_CHOICE: GuideChoice = { car: null, answers: {}, chosen: null, keyCount: null };

export interface StoredGuide {
	readonly choice: GuideChoice;
	/** The engine state of the current or last session. */
	readonly session: GuideState | null;
	/** The last cue already played, so a reload does not play it again. */
	readonly cueSeq: number;
}

/** Reads the stored progress; anything unreadable (or storage refused) counts as none. */
export function loadGuide(storage: DeviceStorage): StoredGuide | null {
	return storage.read(STORED_KEYS.guide, parseStored);
}

/** Writes the progress; false when the device refused (full or blocked storage). */
export function saveGuide(storage: DeviceStorage, stored: StoredGuide): boolean {
	return storage.write(STORED_KEYS.guide, stored);
}

/** Throws when the saved engine state no longer checks out (read() then counts it as none). */
function parseStored(value: unknown): StoredGuide | null {
	if (typeof value !== 'object' || value === null) return null;
	const v = value as Partial<Record<keyof StoredGuide, unknown>>;
	return {
		choice: parseChoice(v.choice),
		session: v.session ? parseGuideState(v.session) : null,
		cueSeq: typeof v.cueSeq === 'number' ? v.cueSeq : 0
	};
}

function parseChoice(value: unknown): GuideChoice {
	if (typeof value !== 'object' || value === null) return EMPTY_CHOICE;
	const v = value as Partial<Record<keyof GuideChoice, unknown>>;
	const answers: Record<string, string> = {};
	if (typeof v.answers === 'object' && v.answers !== null) {
		for (const [k, a] of Object.entries(v.answers)) if (typeof a === 'string') answers[k] = a;
	}
	const complaint = parseComplaint(v.complaint);
	return {
		car: parseCar(v.car),
		answers,
		chosen: typeof v.chosen === 'string' ? v.chosen : null,
		keyCount:
			typeof v.keyCount === 'number' && Number.isInteger(v.keyCount) && v.keyCount > 0
				? v.keyCount
				: null,
		// Only when the owner said something: older progress stays as it was.
		...(hasComplaint(complaint) ? { complaint } : {})
	};
}

function parseCar(value: unknown): CarQuery | null {
	if (typeof value !== 'object' || value === null) return null;
	const c = value as Record<string, unknown>;
	if (c.by === 'vin' && typeof c.vin === 'string') return { by: 'vin', vin: c.vin };
	if (c.by === 'pick' && typeof c.make === 'string') {
		return {
			by: 'pick',
			make: c.make,
			model: typeof c.model === 'string' ? c.model : null,
			year: typeof c.year === 'number' ? c.year : null
		};
	}
	if (c.by === 'vehicle' && typeof c.vehicle === 'object' && c.vehicle !== null) {
		return {
			by: 'vehicle',
			vehicle: c.vehicle as Extract<CarQuery, { by: 'vehicle' }>['vehicle'],
			...(typeof c.vin === 'string' ? { vin: c.vin } : {})
		};
	}
	return null;
}
