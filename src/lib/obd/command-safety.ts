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
 *   actuate, reset or reconfigure a control unit, and any request byte not
 *   known to be a read; commands that make the adapter send bytes of its own
 *   (STPX, wake-up, flow-control and periodic messages) or change how typed
 *   bytes are framed (CAN auto-formatting off, extended addressing, raw or
 *   J1939 protocols); commands that write the adapter's own memory;
 *   monitor-all floods; commands that cut the link to the adapter; and any
 *   command holding a line break or other control character.
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
	| 'module-config' // changes what a control unit sends by itself or how it reports
	| 'unknown-service' // a request byte FobSync does not know to be a read
	| 'unchecked' // lets the adapter send bytes the filter never sees as a request
	| 'framing' // changes how the adapter packs typed bytes into bus messages, or the bus speed
	| 'adapter-memory' // writes the adapter's non-volatile memory
	| 'monitor-flood' // prints every bus message without end
	| 'link' // changes the link speed or puts the adapter to sleep
	| 'control-character' // a line break or other control character inside the command
	| 'empty';

/** Plain words for each refusal (the console shows them as they are). */
const REFUSALS: Record<Exclude<RefusalClass, 'empty'>, string> = {
	write:
		'FobSync never sends this: it writes data into a control unit of your car, and FobSync never writes to the car.',
	programming:
		'FobSync never sends this: it is part of reprogramming a control unit, which needs workshop tools and can leave the car unable to start.',
	actuation:
		'FobSync never sends this: it makes a control unit run a routine or operate a part of the car.',
	'module-reset':
		'FobSync never sends this: it restarts a control unit or changes how the car\u2019s computers talk to each other.',
	'module-config':
		'FobSync never sends this: it changes what a control unit sends by itself or how it reports, and the change stays until the unit restarts.',
	'unknown-service':
		'FobSync does not send this: it is not a request FobSync knows to be a read, so it could change something in the car.',
	unchecked:
		'FobSync never sends this: it makes the adapter send bytes of your choosing on the car\u2019s network by itself, so FobSync cannot check that they only read. Type the request on its own line instead.',
	framing:
		'FobSync does not send this: it changes how the adapter packs what you type into messages for the car, or the speed of the car\u2019s network, so a later request could reach a control unit as something other than what FobSync checked.',
	'adapter-memory':
		'FobSync never sends this: it changes a setting kept in the adapter\u2019s own memory, which stays after unplugging and other apps rely on.',
	'monitor-flood':
		'FobSync does not send this: it makes the adapter print every message on the car\u2019s network without stopping, which floods the connection.',
	link: 'FobSync does not send this: it changes the speed of the link or puts the adapter to sleep, and FobSync would lose contact with it.',
	'control-character':
		'FobSync does not send this: it holds a line break or another control character, which the adapter would read as more than one command. Type one command per line.'
};

/** What clearing codes erases (SAE J1979 mode 04), said before the user agrees. */
export const CLEAR_CODES_MESSAGE =
	'This erases the stored and pending trouble codes, the freeze-frame data and the readiness results in every engine computer that answers, and turns the warning lamp off. The readiness checks need some days of normal driving to complete again, and an emissions test can fail until they do. A code that comes back shows the fault is still there. Send it?';

const CLEAR_MODULE_MESSAGE =
	'This erases the trouble codes stored in the control unit it is addressed to (ClearDiagnosticInformation). A code that comes back shows the fault is still there. Send it?';

type ServiceRule = readonly ['allowed' | 'confirm' | Exclude<RefusalClass, 'empty'>, string];

/**
 * Every request byte the console knows, with its fate and why. Anything not
 * listed is refused ('unknown-service'): an allow-list, so a manufacturer's
 * own service or a later standard's cannot slip through.
 * Sources: SAE J1979 (OBD-II modes 01-0A), ISO 14229-1 (UDS) and
 * ISO 14230-3 (KWP2000); names given as UDS / KWP2000 where they share a number.
 */
const SERVICES: Readonly<Record<number, ServiceRule>> = {
	0x01: ['allowed', 'J1979 mode 01, current data: a read'],
	0x02: ['allowed', 'J1979 mode 02, freeze-frame data: a read'],
	0x03: ['allowed', 'J1979 mode 03, stored trouble codes: a read'],
	0x04: ['confirm', 'J1979 mode 04, clear trouble codes: erases them, so the user confirms'],
	0x05: ['allowed', 'J1979 mode 05, oxygen sensor results: a read'],
	0x06: ['allowed', 'J1979 mode 06, on-board monitor results: a read'],
	0x07: ['allowed', 'J1979 mode 07, pending trouble codes: a read'],
	0x08: ['actuation', 'OBD-II mode 08, control of an on-board system or test'],
	0x09: ['allowed', 'J1979 mode 09, vehicle information: a read'],
	0x0a: ['allowed', 'J1979 mode 0A, permanent trouble codes: a read'],
	// 0x10: only the default and extended sessions pass (see HARMLESS_SESSIONS); others open programming.
	0x10: ['programming', 'DiagnosticSessionControl / StartDiagnosticSession (programming sessions)'],
	0x11: ['module-reset', 'ECUReset: restarts the control unit'],
	0x12: ['allowed', 'ReadFreezeFrameData (KWP2000): a read'],
	0x13: ['allowed', 'ReadDiagnosticTroubleCodes (KWP2000): a read'],
	0x14: [
		'confirm',
		'ClearDiagnosticInformation: erases codes, so the user confirms as for mode 04'
	],
	0x17: ['allowed', 'ReadStatusOfDiagnosticTroubleCodes (KWP2000): a read'],
	0x18: ['allowed', 'ReadDiagnosticTroubleCodesByStatus (KWP2000): a read'],
	0x19: ['allowed', 'ReadDTCInformation (UDS): a read'],
	0x1a: ['allowed', 'ReadEcuIdentification (KWP2000): a read'],
	0x20: ['allowed', 'StopDiagnosticSession (KWP2000): back to the default session'],
	0x21: ['allowed', 'ReadDataByLocalIdentifier (KWP2000): a read'],
	0x22: ['allowed', 'ReadDataByIdentifier / ReadDataByCommonIdentifier: a read'],
	0x23: ['allowed', 'ReadMemoryByAddress: a read'],
	0x24: ['allowed', 'ReadScalingDataByIdentifier (UDS): a read'],
	0x27: ['programming', 'SecurityAccess: unlocks protected services'],
	0x28: ['module-reset', 'CommunicationControl: silences a control unit on the network'],
	0x29: ['programming', 'Authentication (UDS): unlocks protected services'],
	0x2a: [
		'module-config',
		'ReadDataByPeriodicIdentifier (UDS): starts sending by itself until stopped'
	],
	0x2c: ['module-config', 'DynamicallyDefineDataIdentifier / DynamicallyDefineLocalIdentifier'],
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
	0x3e: ['allowed', 'TesterPresent: keeps a session open, changes nothing'],
	0x83: [
		'module-reset',
		'AccessTimingParameter: changes the control unit\u2019s timing on the network'
	],
	0x84: ['unchecked', 'SecuredDataTransmission (UDS): carries another request FobSync cannot read'],
	0x85: ['module-reset', 'ControlDTCSetting: stops the control unit recording faults'],
	0x86: ['module-config', 'ResponseOnEvent (UDS): makes the control unit act on events by itself'],
	0x87: ['module-reset', 'LinkControl (UDS): changes the network speed and can take a unit off it']
};

/** DiagnosticSessionControl sub-functions that are harmless to enter: default (01) and extended (03). */
const HARMLESS_SESSIONS = new Set([0x01, 0x03, 0x81, 0x83]);

/**
 * Adapter commands refused, as [pattern over the normalised command, class],
 * checked in order. AT: ELM327 datasheet; ST: OBDLink (STN) Family Reference
 * and Programming Manual.
 */
const REFUSED_ADAPTER: readonly [RegExp, Exclude<RefusalClass, 'empty'>][] = [
	// Bytes the adapter sends on its own, which this filter never sees as a request:
	// STPX/STPXR send an arbitrary message (its d: data or a following data line),
	// AT WM the ISO keep-alive, AT FC SD the bytes of flow-control frames,
	// STPPMA a periodic message, STIFI the message of a custom fast init.
	[/^STPX/, 'unchecked'],
	[/^ATWM/, 'unchecked'],
	[/^ATFCSD/, 'unchecked'],
	[/^STPPMA/, 'unchecked'],
	[/^STIFI/, 'unchecked'],
	// Framing: with CAN auto-formatting off (AT CAF 0), an extended address (AT CEA hh),
	// another STN addressing format (STCAF), J1939 (protocol A) or the user CAN
	// protocols B and C (their format may be none), the first byte typed is no longer
	// the service the module reads; STP selects STN protocols, raw CAN among them.
	// Bus speed: AT PB (protocol B options and speed), STPBR, STCTR.
	// AT SH stays allowed: with formatting on, the adapter adds the CAN length byte, and for
	// ISO 14230-4 it writes the message length into the header itself (ELM327 datasheet,
	// "Setting the Headers"), so a custom header cannot shift the service byte.
	[/^ATCAF(?!1$)/, 'framing'],
	[/^ATCEA[0-9A-F]/, 'framing'],
	[/^STCAF/, 'framing'],
	[/^AT[ST]PA?[ABC]$/, 'framing'],
	[/^ATPB/, 'framing'],
	[/^STP\d/, 'framing'],
	[/^STPBR\d/, 'framing'],
	[/^STCTR[0-9A-F]/, 'framing'],
	// The link itself (before the PowerSave setters, which share the STSL prefix).
	[/^ATBR[DT]/, 'link'],
	[/^STS?BRT?\d/, 'link'],
	[/^ATLP$/, 'link'],
	[/^STSLEEP/, 'link'],
	[/^STUFC/, 'link'], // UART flow control
	// ELM327 programmable parameters: PP xx SV yy, PP xx ON/OFF, PP FF ON/OFF write EEPROM.
	[/^ATPP[0-9A-F]{2}(SV[0-9A-F]{2}|ON|OFF)$/, 'adapter-memory'],
	[/^ATSD[0-9A-F]{2}$/, 'adapter-memory'], // save a data byte
	[/^AT@3/, 'adapter-memory'], // store the device identifier (once, for ever)
	[/^ATCV\d{4}$/, 'adapter-memory'], // voltage calibration, kept in EEPROM
	// STN: baud rate, ID strings, calibration, NVM reset, Bluetooth and PowerSave settings (kept in NVM).
	[/^STWBR$/, 'adapter-memory'],
	[/^STRSTNVM$/, 'adapter-memory'],
	[/^STSAVCAL$/, 'adapter-memory'],
	[/^STVCAL/, 'adapter-memory'],
	[/^STS@1/, 'adapter-memory'],
	[/^STSATI/, 'adapter-memory'],
	[/^STSDI/, 'adapter-memory'],
	[/^STBT(COD|DN|PM)/, 'adapter-memory'],
	[/^STSL(?!CS$|LT$|XS$)/, 'adapter-memory'], // all but the three that print
	// Monitors that print every message until interrupted (STM/STMA n stops after n, still a flood).
	[/^ATM[AP]/, 'monitor-flood'],
	[/^ATM[RT][0-9A-F]{2}$/, 'monitor-flood'],
	[/^STMA?\d*$/, 'monitor-flood'],
	[/^ATDM1$/, 'monitor-flood'] // J1939 DM1 monitor
];

/** Anything but printable ASCII: a CR or LF would end the command early and start another. */
const CONTROL = /[^\x20-\x7e]/;

const refuse = (why: Exclude<RefusalClass, 'empty'>, name?: string): CommandVerdict => ({
	kind: 'refused',
	why,
	message: name ? `${REFUSALS[why]} (${name})` : REFUSALS[why]
});

/** Checks one command as typed; spaces and letter case do not matter. */
export function checkCommand(typed: string): CommandVerdict {
	if (CONTROL.test(typed)) return refuse('control-character');
	const c = normaliseCommand(typed);
	if (!c) return { kind: 'refused', why: 'empty', message: 'Type a command first.' };
	if (c.startsWith('AT') || c.startsWith('ST')) {
		for (const [pattern, why] of REFUSED_ADAPTER) if (pattern.test(c)) return refuse(why);
		return { kind: 'allowed' };
	}
	if (!/^[0-9A-F]+$/.test(c)) return { kind: 'allowed' }; // the adapter answers '?'
	// An odd trailing digit is the ELM327's expected-answer count, not part of the request.
	const hex = c.length % 2 === 1 ? c.slice(0, -1) : c;
	if (!hex) return { kind: 'allowed' }; // one digit: the adapter answers '?'
	const service = parseInt(hex.slice(0, 2), 16);
	const sub = hex.length >= 4 ? parseInt(hex.slice(2, 4), 16) : null;
	if (service === 0x10 && sub !== null && HARMLESS_SESSIONS.has(sub)) return { kind: 'allowed' };
	const rule = SERVICES[service];
	if (!rule) return refuse('unknown-service');
	const [fate, name] = rule;
	if (fate === 'allowed') return { kind: 'allowed' };
	if (fate === 'confirm') {
		const message = service === 0x04 ? CLEAR_CODES_MESSAGE : CLEAR_MODULE_MESSAGE;
		return { kind: 'confirm', what: 'clear-codes', message };
	}
	return refuse(fate, name.split(':')[0]);
}
