import { describe, expect, it } from 'vitest';
import { CLEAR_CODES_MESSAGE, checkCommand, type RefusalClass } from './command-safety';

const refusedAs = (command: string): RefusalClass | null => {
	const v = checkCommand(command);
	return v.kind === 'refused' ? v.why : null;
};

describe('the console safety filter', () => {
	it('lets reads and harmless adapter settings through', () => {
		for (const c of [
			'0100',
			'010C',
			'03',
			'07',
			'0A',
			'0902',
			'22F190',
			'1902FF',
			'2101',
			'3E00',
			'1003',
			'ATRV',
			'AT SH 7E0',
			'ATH1',
			'ATDPN',
			'ATPPS',
			'STI',
			'STDI',
			'STMFR',
			'STSLCS',
			'STSLXS',
			'STSLLT',
			'STMFR',
			'ATCAF1',
			'AT CEA', // extended addressing off
			'ATSP6',
			'ATSPA6', // automatic, trying 6 first
			'STPR',
			'STPBRR',
			'STPTO 100',
			'1A90', // KWP2000 ReadEcuIdentification
			'1201', // KWP2000 ReadFreezeFrameData
			'20', // KWP2000 StopDiagnosticSession
			'0',
			'ATMA?'.slice(0, 3) + 'X'
		])
			expect(checkCommand(c), c).toEqual({ kind: 'allowed' });
	});

	it('clearing codes (mode 04) needs a confirmation that says what it erases', () => {
		const v = checkCommand('04');
		expect(v).toEqual({ kind: 'confirm', what: 'clear-codes', message: CLEAR_CODES_MESSAGE });
		expect(CLEAR_CODES_MESSAGE).toMatch(/stored and pending trouble codes/);
		expect(CLEAR_CODES_MESSAGE).toMatch(/freeze-frame/);
		expect(CLEAR_CODES_MESSAGE).toMatch(/readiness/);
		expect(CLEAR_CODES_MESSAGE).toMatch(/warning lamp/);
		expect(checkCommand(' 0 4 ').kind).toBe('confirm');
		expect(checkCommand('041').kind).toBe('confirm'); // with the ELM327 answer count
		expect(checkCommand('14FFFFFF').kind).toBe('confirm'); // UDS ClearDiagnosticInformation
	});

	it.each([
		['2EF190313233', 'write'], // UDS WriteDataByIdentifier
		['2F', 'actuation'], // UDS InputOutputControlByIdentifier
		['31010203', 'actuation'], // UDS RoutineControl
		['34', 'programming'], // RequestDownload
		['35', 'programming'], // RequestUpload
		['36', 'programming'], // TransferData
		['37', 'programming'], // RequestTransferExit
		['3B9012', 'write'], // KWP2000 WriteDataByLocalIdentifier
		['3D', 'write'], // WriteMemoryByAddress
		['30', 'actuation'], // KWP2000 InputOutputControlByLocalIdentifier
		['32', 'actuation'], // KWP2000 StopRoutineByLocalIdentifier
		['33', 'actuation'], // KWP2000 RequestRoutineResultsByLocalIdentifier
		['38', 'actuation'], // KWP2000 StartRoutineByAddress
		['1002', 'programming'], // programming session
		['2701', 'programming'], // SecurityAccess
		['1101', 'module-reset'], // ECUReset
		['08', 'actuation'], // OBD-II mode 08
		// ISO 14229-1 services that change how a module behaves or talks.
		['87 01 13', 'module-reset'], // UDS LinkControl (bus speed)
		['8602', 'module-config'], // UDS ResponseOnEvent
		['2C 01 F2 00 F1 90 01 00', 'module-config'], // UDS DynamicallyDefineDataIdentifier
		['2A 01 F2 00', 'module-config'], // UDS ReadDataByPeriodicIdentifier (sends until stopped)
		['28 03 01', 'module-reset'], // UDS CommunicationControl
		['85 02', 'module-reset'], // UDS ControlDTCSetting off
		['8301', 'module-reset'], // UDS AccessTimingParameter
		['29 01', 'programming'], // UDS Authentication
		['84 00 11 22', 'unchecked'], // UDS SecuredDataTransmission wraps another request
		['1082', 'programming'], // KWP2000 / manufacturer programming session
		['3101 FF00', 'actuation'], // KWP2000 StartRoutineByLocalIdentifier
		['3B 90 31 32', 'write'], // KWP2000 WriteDataByLocalIdentifier
		['30 10 07 01', 'actuation'], // KWP2000 InputOutputControlByLocalIdentifier
		// Anything not known to be a read: manufacturer services, responses, gaps.
		['BA 01', 'unknown-service'],
		['A5 03', 'unknown-service'],
		['6E F1 90', 'unknown-service'],
		['0B', 'unknown-service'],
		['81', 'unknown-service']
	])('refuses the control-unit service %s (%s)', (command, why) => {
		expect(refusedAs(command)).toBe(why);
		expect(refusedAs(command.toLowerCase().replace(/(..)/g, '$1 '))).toBe(why);
	});

	it.each([
		['AT PP 0C SV 23', 'adapter-memory'],
		['ATPP0CON', 'adapter-memory'],
		['AT PP FF OFF', 'adapter-memory'],
		['AT SD 5A', 'adapter-memory'],
		['AT @3 ABCDEFGHIJKL', 'adapter-memory'],
		['STWBR', 'adapter-memory'],
		['STS@1 My adapter', 'adapter-memory'],
		['STSATI ELM327 v9', 'adapter-memory'],
		['STSLU off, on', 'adapter-memory'],
		['AT MA', 'monitor-flood'],
		['AT MR 10', 'monitor-flood'],
		['AT MT 6B', 'monitor-flood'],
		['AT MP FEEF', 'monitor-flood'],
		['STMA', 'monitor-flood'],
		['STM', 'monitor-flood'],
		['AT BRD 23', 'link'],
		['STBR 115200', 'link'],
		['AT LP', 'link'],
		['STSLEEP', 'link'],
		['STSLPA on, on', 'adapter-memory'],
		['STSLPAS 01, 300', 'adapter-memory'],
		['STRSTNVM', 'adapter-memory'],
		['STSAVCAL', 'adapter-memory'],
		['STVCAL 12.6', 'adapter-memory'],
		['STSDI my adapter', 'adapter-memory'],
		['STBTDN My adapter', 'adapter-memory'],
		['AT CV 1250', 'adapter-memory'],
		['STSBR 9600', 'link'],
		['STUFC 0', 'link'],
		['STM 100', 'monitor-flood'],
		['STMA 5', 'monitor-flood'],
		['AT DM1', 'monitor-flood']
	])('refuses the adapter command %s (%s)', (command, why) => {
		expect(refusedAs(command)).toBe(why);
	});

	// Review probes: each of these was allowed before.
	it.each([
		'STPX h:7E0, d:2E F1 90 31',
		'stpx H:7E0,D:2EF19031',
		'S T P X d:22F190', // even a read: its data never passes the filter
		'STPX h:7E0, l:4', // the data follows on the next line, unseen
		'STPXR h:7E0, d:2E F1 90 31',
		'stpxr d:3101FF00',
		'AT WM 81 10 F1 2E F1 90', // keep-alive message set to a write
		'AT FC SD 02 2E F1', // flow-control frame bytes set to a write
		'STPPMA 250, 7E0, 2EF190', // periodic message
		'STIFI 25, 25, 81 10 F1 2E' // custom fast init message
	])('refuses %s: the adapter would send bytes the filter never judged', (command) => {
		const v = checkCommand(command);
		expect(v).toMatchObject({ kind: 'refused', why: 'unchecked' });
		expect(v.kind === 'refused' && v.message).toMatch(/cannot check that they only read/);
	});

	it.each([
		'ATCAF0', // after it, 03 2E F1 90 reaches the module as a write
		'at caf 0',
		'AT CEA 03', // extended address: the module reads it as the length, the length as the service
		'STCAF 1', // STN CAN addressing format
		'AT SP A', // J1939: no length byte
		'ATTPA',
		'AT SP B', // user CAN: formatting set by its options
		'AT SP AC',
		'AT PB C1 01',
		'STP 42', // STN protocols include raw CAN
		'STPBR 250000', // bus speed
		'STCTR 010203'
	])('refuses %s: it changes how typed bytes reach the module', (command) => {
		expect(refusedAs(command)).toBe('framing');
	});

	it('judges hex after a framing change as typed, so the framing change itself must be refused', () => {
		// The exploit the review found: CAF off, then the length byte typed first.
		expect(refusedAs('ATCAF0')).toBe('framing');
		expect(checkCommand('032EF190')).toEqual({ kind: 'allowed' }); // with CAF on: a mode 03 read
	});

	it.each([
		'04\r2E',
		'04\n2EF190',
		'01 00\r\nATPP0CSV23',
		'0100\u0000',
		'22F190\t',
		'03\u2028',
		'\r04'
	])('refuses a command holding a control character (%j)', (command) => {
		const v = checkCommand(command);
		expect(v).toMatchObject({ kind: 'refused', why: 'control-character' });
		expect(v.kind === 'refused' && v.message).toMatch(/more than one command/);
	});

	it('a UDS or KWP2000 ClearDiagnosticInformation needs the same confirmation as mode 04', () => {
		expect(checkCommand('14 FF FF FF')).toMatchObject({ kind: 'confirm', what: 'clear-codes' });
		expect(checkCommand('14 FF 00')).toMatchObject({ kind: 'confirm', what: 'clear-codes' });
	});

	it('says why in plain words, with the service name for the expert', () => {
		const v = checkCommand('2EF19031');
		expect(v.kind === 'refused' && v.message).toBe(
			'FobSync never sends this: it writes data into a control unit of your car, and FobSync never writes to the car. (WriteDataByIdentifier (UDS) / WriteDataByCommonIdentifier (KWP2000))'
		);
		expect(checkCommand('   ')).toMatchObject({ kind: 'refused', why: 'empty' });
	});
});
