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
		['08', 'actuation'] // OBD-II mode 08
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
		['STSLEEP', 'link']
	])('refuses the adapter command %s (%s)', (command, why) => {
		expect(refusedAs(command)).toBe(why);
	});

	it('says why in plain words, with the service name for the expert', () => {
		const v = checkCommand('2EF19031');
		expect(v.kind === 'refused' && v.message).toBe(
			'FobSync never sends this: it writes data into a control unit of your car, and FobSync only reads. (WriteDataByIdentifier (UDS) / WriteDataByCommonIdentifier (KWP2000))'
		);
		expect(checkCommand('   ')).toMatchObject({ kind: 'refused', why: 'empty' });
	});
});
