import { afterEach, describe, expect, it, vi } from 'vitest';

import { createSimulatedLink, scenarios } from '.';
import { seededRandom, unevenChunks } from './chunker';
import { Elm327Emulator } from './elm327-emulator';
import { FAST } from './latency';
import { scenarioDef } from './scenarios';
import { VARIANTS } from './variants';

afterEach(() => vi.useRealTimers());

/** Drives the emulator core directly: write a line, collect what it prints. */
function rig(scenario = 'minimal', variant: keyof typeof VARIANTS = 'elm327-v1.4b') {
	// The emulator answers on timers (0 ms at FAST): fake time runs them, no real waits.
	vi.useFakeTimers();
	let out = '';
	const emu = new Elm327Emulator(
		scenarioDef(scenario).build(),
		VARIANTS[variant],
		FAST,
		(t) => (out += t)
	);
	const say = async (line: string) => {
		out = '';
		emu.input(Uint8Array.from(line + '\r', (c) => c.charCodeAt(0)));
		await vi.runAllTimersAsync();
		return out;
	};
	return { emu, say };
}

describe('Elm327Emulator output', () => {
	it('echoes by default and prints CR, a blank line and the prompt (datasheet format)', async () => {
		const { say } = rig();
		expect(await say('ATI')).toBe('ATI\rELM327 v1.4b\r\r>');
		expect(await say('ATE0')).toBe('ATE0\rOK\r\r>');
		expect(await say('ATL1')).toBe('OK\r\n\r\n>');
	});

	it('answers 0100 with SEARCHING..., then with headers and without spaces as set', async () => {
		const { say } = rig();
		await say('ATE0');
		expect(await say('0100')).toBe('SEARCHING...\r41 00 80 10 00 10\r\r>');
		await say('ATH1');
		expect(await say('0100')).toBe('7E8 06 41 00 80 10 00 10\r\r>');
		await say('ATS0');
		expect(await say('0100')).toBe('7E806410080100010\r\r>');
		expect(await say('ATDPN')).toBe('A6\r\r>');
	});

	it('prints a CAN multi-frame VIN with and without headers', async () => {
		const { say } = rig('mini-r56-2008');
		await say('ATE0');
		const off = await say('0902');
		expect(off.split('\r').slice(1, 5)).toEqual([
			'014',
			'0: 49 02 01 57 4D 57',
			'1: 4D 46 33 33 35 33 38',
			'2: 54 4C 31 32 33 34 35'
		]);
		await say('ATH1');
		const on = await say('0902');
		expect(on.split('\r')[0]).toBe('7E8 10 14 49 02 01 57 4D 57');
	});

	it('prints K-line answers as numbered messages with header and checksum', async () => {
		const { say } = rig('mini-r53-2005');
		await say('ATE0');
		await say('ATH1');
		const lines = (await say('0902')).split('\r').filter((l) => l.startsWith('48'));
		expect(lines).toHaveLength(5);
		expect(lines[0]).toMatch(/^48 6B 10 49 02 01 00 00 00 57 [0-9A-F]{2}$/);
	});

	it('stops a busy request when a byte arrives (STOPPED) and repeats on an empty line', async () => {
		vi.useFakeTimers();
		let out = '';
		const emu = new Elm327Emulator(
			scenarioDef('minimal').build(),
			VARIANTS['elm327-v1.4b'],
			{ ...FAST, canMs: 200 },
			(t) => (out += t)
		);
		emu.input(Uint8Array.from('ATE0\rATSP6\r0100\r', (c) => c.charCodeAt(0)));
		await vi.advanceTimersByTimeAsync(20);
		emu.input(Uint8Array.of(0x41));
		expect(out.endsWith('STOPPED\r\r>')).toBe(true);
		out = '';
		emu.input(Uint8Array.of(0x0d)); // repeats the last command: 0100
		await vi.advanceTimersByTimeAsync(250);
		expect(out).toBe('41 00 80 10 00 10\r\r>');
	});

	it('clones reject what they lack; ATZ restores defaults', async () => {
		const { say } = rig('minimal', 'clone-v1.5');
		await say('ATE0');
		expect(await say('AT@1')).toBe('?\r\r>');
		expect(await say('ATIGN')).toBe('?\r\r>');
		expect(await say('STI')).toBe('?\r\r>');
		expect(await say('ATZ')).toBe('ATZ\r\r\rELM327 v1.5\r\r>'.slice(4));
		expect(await say('ATI')).toBe('ATI\rELM327 v1.5\r\r>');
	});

	it('the car goes silent with the ignition off', async () => {
		const { emu, say } = rig();
		await say('ATE0');
		emu.car.setIgnition('off');
		expect(await say('0100')).toBe('SEARCHING...\rUNABLE TO CONNECT\r\r>');
		expect(await say('ATIGN')).toBe('OFF\r\r>');
	});
});

describe('scenarios and the link', () => {
	it('every scenario builds with at least one module, and an unknown one is named', () => {
		for (const s of scenarios)
			expect(scenarioDef(s.id).build().ecus.length, s.id).toBeGreaterThan(0);
		expect(() => createSimulatedLink('nope')).toThrow(/Known: mini-r50-2003/);
	});

	it('chunks repeat exactly for the same seed', () => {
		const bytes = new Uint8Array(200).map((_, i) => i);
		const a = unevenChunks(bytes, 9, seededRandom(5)).map((c) => c.length);
		const b = unevenChunks(bytes, 9, seededRandom(5)).map((c) => c.length);
		expect(a).toEqual(b);
		expect(a.reduce((x, y) => x + y)).toBe(200);
		expect(Math.max(...a)).toBeLessThanOrEqual(9);
	});

	it('works end to end through the streams, and a pulled cable errors the readable', async () => {
		const link = createSimulatedLink('minimal', { latency: 'fast', maxChunk: 3 });
		const writer = link.writable.getWriter();
		const reader = link.readable.getReader();
		await writer.write(Uint8Array.from('ATI\r', (c) => c.charCodeAt(0)));
		let text = '';
		while (!text.endsWith('>')) text += String.fromCharCode(...(await reader.read()).value!);
		expect(text).toBe('ATI\rELM327 v1.4b\r\r>');
		link.faults.disconnect();
		await expect(reader.read()).rejects.toMatchObject({ code: 'disconnected' });
	});
});
