import { normaliseCommand } from '../codec/command-text';

/**
 * What the expert console may send. A pure check of one typed command:
 *
 * - allowed: reads and adapter settings that change nothing in the car or
 *   the adapter's memory;
 * - confirm: clearing trouble codes (OBD-II mode 04, or UDS / KWP2000
 *   ClearDiagnosticInformation 0x14), sent only after the user has read what
 *   it erases and said yes;
 * - refused, whatever the user says: services that write to, program,
 *   actuate or reset a control unit; commands that write the adapter's own
 *   memory; monitor-all floods; commands that cut the link to the adapter.
 *
 * Service numbers: ISO 14229-1 (UDS) and ISO 14230-3 (KWP2000); OBD-II
 * modes: SAE J1979; AT commands: ELM327 datasheet; ST commands: STN1100
 * Family Reference and Programming Manual.
 */
export type CommandVerdict =
	| { readonly kind: 'allowed' }
	| { readonly kind: 'confirm'; readonly what: 'clear-codes'; readonly message: string }
	| { readonly kind: 'refused'; readonly why: RefusalClass; readonly message: string };

export type RefusalClass =
	| 'write' // writes data or memory in a control unit
	| 'programming' // downloads, uploads, transfers, programming sessions, security access
	| 'actuation' // routines, input/output control, on-board tests
	| 'module-reset' // resets a control unit or changes how modules talk
	| 'adapter-memory' // writes the adapter's non-volatile memory
	| 'monitor-flood' // prints every bus message without end
	| 'link' // changes the link speed or puts the adapter to sleep
	| 'empty';

/** Plain words for each refusal (the console shows them as they are). */
const REFUSALS: Record<Exclude<RefusalClass, 'empty'>, string> = {
	write:
		'FobSync never sends this: it writes data into a control unit of your car, and FobSync only reads.',
	programming:
		'FobSync never sends this: it is part of reprogramming a control unit, which needs workshop tools and can leave the car unable to start.',
	actuation:
		'FobSync never sends this: it makes a control unit run a routine or operate a part of the car.',
	'module-reset':
		'FobSync never sends this: it restarts a control unit or changes how the car\u2019s computers talk to each other.',
	'adapter-memory':
		'FobSync never sends this: it changes a setting kept in the adapter\u2019s own memory, which stays after unplugging and other apps rely on.',
	'monitor-flood':
		'FobSync does not send this: it makes the adapter print every message on the car\u2019s network without stopping, which floods the connection.',
	link: 'FobSync does not send this: it changes the speed of the link or puts the adapter to sleep, and FobSync would lose contact with it.'
};

/** What clearing codes erases (SAE J1979 mode 04), said before the user agrees. */
export const CLEAR_CODES_MESSAGE =
	'This erases the stored and pending trouble codes, the freeze-frame data and the readiness results in every engine computer that answers, and turns the warning lamp off. The readiness checks need some days of normal driving to complete again, and an emissions test can fail until they do. A code that comes back shows the fault is still there. Send it?';

const CLEAR_MODULE_MESSAGE =
	'This erases the trouble codes stored in the control unit it is addressed to (ClearDiagnosticInformation). A code that comes back shows the fault is still there. Send it?';

/**
 * Service bytes refused outright, UDS (ISO 14229-1) and KWP2000 (ISO 14230-3)
 * names together where they share a number.
 */
const REFUSED_SERVICES: Readonly<Record<number, [RefusalClass, string]>> = {
	0x08: ['actuation', 'OBD-II mode 08, control of an on-board system or test'],
	0x10: ['programming', 'DiagnosticSessionControl / StartDiagnosticSession (programming sessions)'],
	0x11: ['module-reset', 'ECUReset'],
	0x27: ['programming', 'SecurityAccess'],
	0x28: ['module-reset', 'CommunicationControl'],
	0x2e: ['write', 'WriteDataByIdentifier (UDS) / WriteDataByCommonIdentifier (KWP2000)'],
	0x2f: ['actuation', 'InputOutputControlByIdentifier / ByCommonIdentifier'],
	0x30: ['actuation', 'InputOutputControlByLocalIdentifier (KWP2000)'],
	0x31: ['actuation', 'RoutineControl (UDS) / StartRoutineByLocalIdentifier (KWP2000)'],
	0x32: ['actuation', 'StopRoutineByLocalIdentifier (KWP2000)'],
	0x33: ['actuation', 'RequestRoutineResultsByLocalIdentifier (KWP2000)'],
	0x34: ['programming', 'RequestDownload'],
	0x35: ['programming', 'RequestUpload'],
	0x36: ['programming', 'TransferData'],
	0x37: ['programming', 'RequestTransferExit'],
	0x38: ['actuation', 'StartRoutineByAddress (KWP2000) / RequestFileTransfer (UDS)'],
	0x39: ['actuation', 'StopRoutineByAddress (KWP2000)'],
	0x3a: ['actuation', 'RequestRoutineResultsByAddress (KWP2000)'],
	0x3b: ['write', 'WriteDataByLocalIdentifier (KWP2000)'],
	0x3d: ['write', 'WriteMemoryByAddress'],
	0x85: ['module-reset', 'ControlDTCSetting']
};

/** DiagnosticSessionControl sub-functions that are harmless to enter: default (01) and extended (03). */
const HARMLESS_SESSIONS = new Set([0x01, 0x03, 0x81, 0x83]);

/** Adapter commands refused, as [pattern over the normalised command, class]. */
const REFUSED_ADAPTER: readonly [RegExp, Exclude<RefusalClass, 'empty'>][] = [
	// ELM327 programmable parameters: PP xx SV yy, PP xx ON/OFF, PP FF ON/OFF write EEPROM.
	[/^ATPP[0-9A-F]{2}(SV[0-9A-F]{2}|ON|OFF)$/, 'adapter-memory'],
	[/^ATSD[0-9A-F]{2}$/, 'adapter-memory'], // save a data byte
	[/^AT@3/, 'adapter-memory'], // store the device identifier (once, for ever)
	// STN: write the baud rate, set the ID strings, PowerSave configuration (kept in NVM).
	[/^STWBR$/, 'adapter-memory'],
	[/^STS@1/, 'adapter-memory'],
	[/^STSATI/, 'adapter-memory'],
	[/^STSL(PCP|U|UIT|UWP|VG|VGW|VL|VLS|VLW|X|XP|XST|XWT)/, 'adapter-memory'],
	// Monitors that print every message until interrupted.
	[/^ATM[AP]/, 'monitor-flood'],
	[/^ATM[RT][0-9A-F]{2}$/, 'monitor-flood'],
	[/^STMA?$/, 'monitor-flood'],
	// The link itself.
	[/^ATBR[DT]/, 'link'],
	[/^STS?BRT?\d/, 'link'],
	[/^ATLP$/, 'link'],
	[/^STSLEEP/, 'link']
];

/** Checks one command as typed; spaces and letter case do not matter. */
export function checkCommand(typed: string): CommandVerdict {
	const c = normaliseCommand(typed);
	if (!c) return { kind: 'refused', why: 'empty', message: 'Type a command first.' };
	if (c.startsWith('AT') || c.startsWith('ST')) {
		for (const [pattern, why] of REFUSED_ADAPTER) {
			if (pattern.test(c)) return { kind: 'refused', why, message: REFUSALS[why] };
		}
		return { kind: 'allowed' };
	}
	if (!/^[0-9A-F]+$/.test(c)) return { kind: 'allowed' }; // the adapter answers '?'
	// An odd trailing digit is the ELM327's expected-answer count, not part of the request.
	const hex = c.length % 2 === 1 ? c.slice(0, -1) : c;
	const service = parseInt(hex.slice(0, 2), 16);
	const sub = hex.length >= 4 ? parseInt(hex.slice(2, 4), 16) : null;
	if (service === 0x04)
		return { kind: 'confirm', what: 'clear-codes', message: CLEAR_CODES_MESSAGE };
	if (service === 0x14)
		return { kind: 'confirm', what: 'clear-codes', message: CLEAR_MODULE_MESSAGE };
	if (service === 0x10 && sub !== null && HARMLESS_SESSIONS.has(sub)) return { kind: 'allowed' };
	const refused = REFUSED_SERVICES[service];
	if (refused) {
		const [why, name] = refused;
		return {
			kind: 'refused',
			why,
			message: `${REFUSALS[why as Exclude<RefusalClass, 'empty'>]} (${name})`
		};
	}
	return { kind: 'allowed' };
}
