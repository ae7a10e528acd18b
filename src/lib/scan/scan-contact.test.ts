import { describe, expect, it } from 'vitest';
import { hex, sum8 } from '../codec';
import { openElm327 } from '../elm327';
import { GENUINE_INIT, scriptedLink, type Script } from '../elm327/scripted-link';
import { createSimulatedLink, type AdapterVariantId } from '../simulator';
import { scanVehicle, vinNotReadNote } from './scan-vehicle';
import { classifyLine } from '../elm327/status';

async function simulated(id: string, variant?: AdapterVariantId) {
	const link = createSimulatedLink(id, { latency: 'fast', seed: 3, variant });
	const elm = await openElm327(link);
	const report = await scanVehicle(elm);
	await elm.close();
	return report;
}

async function scripted(script: Script) {
	const elm = await openElm327(
		scriptedLink({ ...GENUINE_INIT, ...script }, { fallback: 'NO DATA' })
	);
	const report = await scanVehicle(elm);
	await elm.close();
	return report;
}

const kLine = (data: number[], corrupt = false) => {
	const body = [0x48, 0x6b, 0x10, ...data];
	return [...body, sum8(body) ^ (corrupt ? 0xff : 0)].map((b) => hex(b)).join(' ');
};

describe('"adapter answers, car silent" is found early', () => {
	it('ignition off: one CAN try, the ignition pin, then stop (no 10-second search)', async () => {
		const report = await simulated('ignition-off');
		expect(report.raw.map((r) => `${r.command}${r.error ? `:${r.error}` : ''}`)).toEqual([
			'ATRV',
			'ATSP6',
			'0100:can-error',
			'ATIGN'
		]);
		expect(report.contact).toBe('ignition-off');
		expect(report.protocol).toBeNull();
		expect(report.dtcReads.every((d) => d.outcome === 'not-asked')).toBe(true);
		expect(report.dtcs).toEqual([]);
	});

	it('without an ignition pin the adapter searches every protocol, and says the car was silent', async () => {
		const report = await simulated('ignition-off', 'clone-v1.5');
		const sent = report.raw.map((r) => r.command);
		expect(sent).toContain('ATSP0');
		expect(sent).toContain('ATSP5'); // the K-line inits were tried explicitly too
		expect(report.contact).toBe('silent');
	});

	it('a CAN request answered NO DATA means a bus runs at that speed: the 29-bit twin is tried next', async () => {
		const report = await simulated('can29-car');
		expect(
			report.raw.slice(1, 5).map((r) => `${r.command}${r.error ? `:${r.error}` : ''}`)
		).toEqual(['ATSP6', '0100:no-data', 'ATSP7', '0100']);
		expect(report.protocol?.code).toBe('7');
		expect(report.contact).toBe('answered');
	});

	it('"no codes" and "no computer answered" are told apart', async () => {
		const clean = await simulated('mini-r56-2008');
		expect(clean.contact).toBe('answered');
		expect(clean.dtcReads).toEqual([
			{ kind: 'stored', outcome: 'read' },
			{ kind: 'pending', outcome: 'read' },
			{ kind: 'permanent', outcome: 'read' }
		]);
		expect(clean.dtcs).toEqual([]);
		const kLine = await simulated('mini-r53-2005');
		expect(kLine.dtcReads.at(-1)).toEqual({ kind: 'permanent', outcome: 'not-asked' });
	});
});

describe('refusals and damaged frames are kept with the raw exchange', () => {
	it('a 7F negative response stays in the report and marks that read as refused', async () => {
		const report = await scripted({
			'0100': '7E8 06 41 00 80 00 00 01',
			'03': '7E8 02 43 00',
			'07': '7E8 03 7F 07 22',
			'0A': '7E8 03 7F 0A 11'
		});
		const pending = report.raw.find((r) => r.command === '07');
		expect(pending?.negatives).toEqual([
			{ ecu: '7E8', service: 0x07, code: 0x22, meaning: 'conditions not correct' }
		]);
		expect(report.dtcReads).toEqual([
			{ kind: 'stored', outcome: 'read' },
			{ kind: 'pending', outcome: 'refused' },
			{ kind: 'permanent', outcome: 'refused' }
		]);
	});

	it('a K-line line with a bad checksum stays, with its line, and its answer is not used', async () => {
		const good = kLine([0x43, 0x01, 0x33, 0x00, 0x00, 0x00, 0x00]);
		const bad = kLine([0x43, 0x05, 0x13, 0x00, 0x00, 0x00, 0x00], true);
		let first0100 = true;
		const report = await scripted({
			ATIGN: 'ON',
			// The CAN try fails; the automatic search then finds ISO 9141-2.
			'0100': () => {
				const reply = first0100 ? 'CAN ERROR' : kLine([0x41, 0x00, 0x00, 0x00, 0x00, 0x00]);
				first0100 = false;
				return reply;
			},
			ATDPN: 'A3',
			'03': `${good}\n${bad}`,
			'07': kLine([0x47, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00])
		});
		expect(report.protocol?.code).toBe('3');
		const stored = report.raw.find((r) => r.command === '03');
		expect(stored?.lines).toEqual([good, bad]);
		expect(stored?.problems?.map((p) => p.kind).sort()).toEqual(['checksum', 'incomplete']);
		expect(stored?.problems?.find((p) => p.kind === 'checksum')?.line).toBe(bad);
		// P0133 arrived intact, but the answer lost a message: no partial list of codes.
		expect(report.dtcs).toEqual([]);
		expect(report.dtcReads[0]).toEqual({ kind: 'stored', outcome: 'incomplete' });
		expect(report.dtcReads[1]).toEqual({ kind: 'pending', outcome: 'read' });
	});
});

describe('what the owner reads while the car is found', () => {
	async function progressOf(id: string, variant?: AdapterVariantId) {
		const link = createSimulatedLink(id, { latency: 'fast', seed: 3, variant });
		const elm = await openElm327(link);
		const lines: string[] = [];
		const report = await scanVehicle(elm, { onProgress: (p) => lines.push(p.message) });
		await elm.close();
		return { report, lines: lines.filter((_, i) => i === 0 || lines[i - 1] !== lines[i]) };
	}

	it('progress lines name no protocol; the attempts keep the names for the details', async () => {
		const { report, lines } = await progressOf('can29-car');
		expect(lines).toContain('Trying the way most cars since 2008 talk first…');
		expect(lines).toContain('The car’s network answered. Trying its other kind of address…');
		expect(report.protocol?.name).toMatch(/ISO 15765-4/);
		for (const line of lines) expect(line).not.toMatch(/ISO|SAE|CAN|kbaud|K-line|\bbit\b|[()]/);
	});

	it('a silent car walks the slow ways older cars talk, in plain words', async () => {
		const { lines } = await progressOf('ignition-off', 'clone-v1.5');
		expect(lines).toContain('No answer yet. Trying the slower way older cars talk…');
		expect(lines).toContain('Still no answer. Trying another slow way older cars talk…');
		for (const line of lines) expect(line).not.toMatch(/ISO|SAE|CAN|kbaud|K-line|[()]/);
	});

	it('an adapter fault while reading the VIN is a sentence of its own, not nested brackets', () => {
		const fb = classifyLine('FB ERROR');
		const note = vinNotReadNote(fb.kind === 'error' ? fb.message : '');
		expect(note).toBe(
			'The VIN could not be read this time. The adapter found a fault on the car’s diagnostic wiring, or in the adapter itself. Read again, or type it in from the windscreen base or the registration document.'
		);
		expect(vinNotReadNote('part of the answer arrived damaged or incomplete')).toMatch(
			/^The VIN could not be read this time\. Part of the answer arrived damaged or incomplete\. Read again/
		);
	});
});
