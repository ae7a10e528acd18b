import type { AdapterIdentity, AdapterKind, OptionalCommand } from './types';

/**
 * Versions Elm Electronics released (ELM327 datasheet revision history; v1.5
 * and v2.4+ banners are clone firmware). Clones often claim a real number too,
 * so a version alone never proves a genuine chip.
 */
export const GENUINE_VERSIONS = new Set([
	'1.0',
	'1.0a',
	'1.1',
	'1.2',
	'1.2a',
	'1.3',
	'1.3a',
	'1.4',
	'1.4a',
	'1.4b',
	'2.0',
	'2.1',
	'2.2',
	'2.3'
]);

export interface IdentityEvidence {
	ati: string;
	/** AT@1 answer, or null when rejected with '?'. */
	at1: string | null;
	/** STI / STDI answers, or null when rejected. */
	sti: string | null;
	stdi: string | null;
	/** Optional commands tried so far: true accepted, false refused; absent: never tried. */
	supports: Partial<Record<OptionalCommand, boolean>>;
}

/** The version in an identity such as "ELM327 v1.4b", lower case, or null. */
export function versionOf(identity: string): string | null {
	return /v\s*(\d+\.\d+[a-z]?)/i.exec(identity)?.[1]?.toLowerCase() ?? null;
}

/**
 * Decides what chip answered, with the reasons in plain words. Only evidence
 * that was gathered counts: a command never sent is never called unsupported.
 */
export function classifyAdapter(e: IdentityEvidence): AdapterIdentity {
	const reasons: string[] = [];
	const version = versionOf(e.ati);
	let kind: AdapterKind;
	if (e.sti) {
		kind = 'stn';
		reasons.push(`answers STI with "${e.sti}": an STN chip (OBDLink family), ELM327-compatible`);
	} else if (!version) {
		kind = 'unknown';
		reasons.push(`its identity "${e.ati || 'nothing'}" carries no ELM327 version`);
	} else if (!GENUINE_VERSIONS.has(version)) {
		kind = 'clone';
		reasons.push(`answers v${version}, a version Elm Electronics never released`);
		if (!e.at1) reasons.push('rejects AT@1 (device description), which genuine chips answer');
	} else if (!e.at1) {
		kind = 'clone';
		reasons.push(`claims v${version} but rejects AT@1, which every genuine ELM327 answers`);
	} else if (version.startsWith('2') && e.supports.IGN === false) {
		kind = 'clone';
		reasons.push(`claims v${version} but rejects AT IGN, which genuine v2 chips support`);
	} else {
		kind = 'elm327';
		reasons.push(`answers v${version} and AT@1 ("${e.at1}") like a genuine ELM327`);
	}
	const missing = (Object.keys(e.supports) as OptionalCommand[]).filter(
		(k) => e.supports[k] === false
	);
	if (missing.length && kind !== 'elm327')
		reasons.push(`does not support: ${missing.map((m) => `AT ${m}`).join(', ')}`);
	return {
		identity: e.ati,
		version,
		kind,
		description: e.at1,
		stnFirmware: e.sti,
		stnDevice: e.stdi,
		reasons,
		supports: e.supports
	};
}
