import type { AdapterErrorCode } from '../transport/adapter-error';

/** What one line of adapter output is, before anything reaches a decoder. */
export type LineKind =
	| { kind: 'data' }
	| { kind: 'info' } // SEARCHING..., BUS INIT: ...OK
	| { kind: 'banner' } // ELM327 v1.5 etc.: the adapter (re)started
	| { kind: 'error'; code: AdapterErrorCode; message: string };

/**
 * Adapter status texts (ELM327 datasheet, "Messages and Alerts") and what they
 * mean for a car owner: plain words, no protocol names, no brackets (the raw
 * reply stays in the transcript). Order matters: more specific first.
 */
const ERRORS: readonly [RegExp, AdapterErrorCode, string][] = [
	[
		/^NO DATA$/,
		'no-data',
		'The car did not answer this request. The ignition may be off, or the car does not support it.'
	],
	[
		/^UNABLE TO CONNECT$/,
		'unable-to-connect',
		'The adapter could not reach the car. Check the ignition is on and the adapter is pushed fully into the socket.'
	],
	[
		/^BUS INIT:.*ERROR$/,
		'bus-init-error',
		'The adapter could not wake the engine computer. Check the ignition is on, then try again.'
	],
	[/^BUS BUSY$/, 'bus-busy', 'The car\u2019s diagnostic wiring is busy. Try again in a moment.'],
	[
		/^BUS ERROR$/,
		'bus-error',
		'The adapter saw electrical noise or a fault on the car\u2019s diagnostic wiring.'
	],
	[
		/^CAN ERROR$/,
		'can-error',
		'The adapter could not talk to the car\u2019s network. The ignition may be off, or the adapter tried the wrong way of talking. Try again with the ignition on.'
	],
	[/^<?(DATA|RX) ERROR$/, 'data-error', 'The car\u2019s answer arrived damaged. Try again.'],
	[/^BUFFER FULL$/, 'buffer-full', 'The adapter could not keep up with the car\u2019s answer.'],
	[
		/^FB ERROR$/,
		'fb-error',
		'The adapter found a fault on the car\u2019s diagnostic wiring, or in the adapter itself.'
	],
	[
		/^STOPPED$/,
		'stopped',
		'The adapter stopped the request because something arrived while it was busy.'
	],
	[/^\?$/, 'unsupported-command', 'The adapter does not understand this command.'],
	[/^ERR\d\d$/, 'internal-error', 'The adapter reports an internal error.'],
	[
		/^LV RESET$/,
		'low-voltage-reset',
		'The adapter reset itself because the voltage dipped, for example while the engine was starting.'
	],
	[/^ACT ALERT$/, 'activity-alert', 'The adapter saw no activity and is going to sleep.']
];

/** Banners: genuine ELM327 and clones ("ELM327 v1.5"), OBDLink/STN ("STN1110 v4.0"), others seen in the field. */
const BANNER = /^(ELM327|ELM329|OBDII|OBDLINK|STN\d{4}|SCANTOOL)[\s.]*v?\s*\d/i;

export function classifyLine(line: string): LineKind {
	const t = line.trim().toUpperCase();
	if (t === 'SEARCHING...' || t === 'SEARCHING') return { kind: 'info' };
	if (/^BUS INIT:/.test(t) && !/ERROR$/.test(t)) return { kind: 'info' };
	for (const [re, code, message] of ERRORS) if (re.test(t)) return { kind: 'error', code, message };
	if (BANNER.test(t)) return { kind: 'banner' };
	return { kind: 'data' };
}

/** Share of characters that are not printable ASCII: a wrong baud rate reads as noise. */
export function noiseRatio(text: string): number {
	if (!text.length) return 0;
	let bad = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if ((c < 0x20 && c !== 0x0d && c !== 0x0a) || c > 0x7e) bad++;
	}
	return bad / text.length;
}
