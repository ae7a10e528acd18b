import { describe, expect, it } from 'vitest';
import { openElm327 } from '../elm327';
import { GENUINE_INIT, scriptedLink } from '../elm327/scripted-link';
import { scanVehicle } from './scan-vehicle';

/**
 * An adapter that is not our simulator: echo on, CR endings, a v1.5 banner,
 * SEARCHING... on the first request, and no multi-PID support (single PIDs
 * only, as simple emulators and some clones behave). Replies use the ELM327
 * datasheet's CAN formats with headers on.
 */
const THIRD_PARTY = {
	...GENUINE_INIT,
	ATZ: '\r\rELM327 v1.5',
	ATI: 'ELM327 v1.5',
	'AT@1': '?',
	ATIGN: '?',
	ATRV: '13.9V',
	'0100': 'SEARCHING...\n7E8 06 41 00 BE 3F A8 13',
	ATDPN: 'A6',
	'0120': '7E8 06 41 20 80 01 80 01',
	'0140': '7E8 06 41 40 40 00 00 00',
	'0101': '7E8 06 41 01 81 07 65 00',
	'010C': '7E8 04 41 0C 0D 48',
	'0105': '7E8 03 41 05 7B',
	'010D': '7E8 03 41 0D 00',
	'011C': '7E8 03 41 1C 01',
	'011F': '7E8 04 41 1F 00 8C',
	'0142': '7E8 04 41 42 37 8E',
	'0900': '7E8 06 49 00 54 40 00 00',
	'0902': '7E8 10 14 49 02 01 31 44 34\n7E8 21 47 50 30 30 52 35 35\n7E8 22 42 31 32 33 34 35 36',
	'0904': 'NO DATA',
	'03': '7E8 04 43 01 01 33',
	'07': '7E8 02 47 00',
	'0A': 'NO DATA'
};

describe('scanVehicle against a non-simulator adapter', () => {
	it('reads VIN, protocol, voltage and codes with every reply matched to its command', async () => {
		const link = scriptedLink(THIRD_PARTY, {
			echo: true,
			eol: '\r',
			chunk: 5,
			fallback: 'NO DATA'
		});
		const elm = await openElm327(link);
		const report = await scanVehicle(elm);
		expect(report.adapter.kind).toBe('clone');
		expect(report.protocol?.code).toBe('6');
		expect(report.vin).toBe('1D4GP00R55B123456');
		expect(report.vinValid).toBe(false); // the datasheet's example VIN is not a real one
		expect(report.batteryVolts).toBe(13.9);
		expect(report.rpm).toBe(850);
		expect(report.ignition).toBe('running');
		expect(report.milOn).toBe(true);
		expect(report.dtcs.map((d) => d.code)).toEqual(['P0133']);
		// Multi-PID requests came back empty, so each PID was asked on its own.
		const sent = report.raw.map((r) => r.command);
		expect(sent).toContain('0120');
		expect(sent).toContain('010C');
		for (const x of report.raw) {
			if (x.command.startsWith('01') && x.lines.length) {
				expect(x.lines[0]!.slice(7, 9)).toBe('41');
				const pid = x.command.slice(2, 4);
				if (x.command.length === 4) expect(x.lines[0]!.slice(10, 12)).toBe(pid);
			}
		}
		await elm.close();
	});
});
