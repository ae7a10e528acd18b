import { describe, expect, it } from 'vitest';
import { openElm327 } from '../elm327';
import { checkCommand } from '../obd/command-safety';
import { createSimulatedLink } from '../simulator';
import { CONSOLE_HELP, CONSOLE_OWNER, ConsoleState, formatConsoleLog } from './console.svelte';

async function setup(scenario = 'immobiliser-code') {
	const link = createSimulatedLink(scenario, { latency: 'fast', seed: 6 });
	const commands: string[] = [];
	link.emulator.onCommand = (c) => commands.push(c);
	const elm = await openElm327(link);
	commands.length = 0;
	const copied: string[] = [];
	const state = new ConsoleState({ check: checkCommand, copy: async (t) => void copied.push(t) });
	return { link, elm, state, commands, copied };
}

describe('ConsoleState', () => {
	it('holds the adapter while attached, sends what the filter allows and shows the reply', async () => {
		const { elm, state, commands } = await setup();
		expect(state.attach(elm)).toBe(true);
		expect(elm.holder).toBe(CONSOLE_OWNER);
		await state.submit('ATSP6');
		await state.submit(' 01 00 ');
		expect(state.entries.at(-1)).toMatchObject({
			command: '01 00',
			outcome: 'answered',
			lines: [expect.stringMatching(/^7E8 06 41 00 /)]
		});
		expect(commands).toEqual(['ATSP6', '01 00']);
		state.detach();
		expect(elm.holder).toBeNull();
	});

	it('answers help itself, sends nothing, and every example it lists is allowed', async () => {
		const { elm, state, commands } = await setup();
		state.attach(elm);
		await state.submit('help');
		await state.submit('?');
		expect(commands).toEqual([]);
		expect(state.entries.map((e) => e.outcome)).toEqual(['help', 'help']);
		expect(state.entries[0]!.lines.join(' ')).toMatch(/03 stored codes.*09 02 VIN/);
		for (const example of [
			'AT RV',
			'AT DPN',
			'AT I',
			'AT H0',
			'AT H1',
			'STI',
			'STDI',
			'01 00',
			'01 0C',
			'01 05',
			'03',
			'07',
			'0A',
			'09 02'
		]) {
			expect(CONSOLE_HELP.join(' ')).toContain(example);
			expect(checkCommand(example).kind, example).toBe('allowed');
		}
	});

	it('refuses a write service without sending a byte, and says why', async () => {
		const { elm, state, commands } = await setup();
		state.attach(elm);
		await state.submit('2E F1 90 31 32');
		await state.submit('AT PP 0C SV 23');
		await state.submit('STMA');
		expect(commands).toEqual([]);
		expect(state.entries.map((e) => e.outcome)).toEqual(['refused', 'refused', 'refused']);
		expect(state.entries[0]!.note).toMatch(/never sends this: it writes data into a control unit/);
	});

	it('clears codes only after the confirmation, and not at all when declined', async () => {
		const { elm, state, commands } = await setup();
		state.attach(elm);
		await state.submit('ATSP6');
		await state.submit('04');
		expect(state.pending?.message).toMatch(/erases the stored and pending trouble codes/);
		expect(commands).toEqual(['ATSP6']);
		state.cancel();
		expect(state.entries.at(-1)).toMatchObject({ command: '04', outcome: 'cancelled' });
		expect(commands).toEqual(['ATSP6']);
		await state.submit('04');
		await state.confirm();
		expect(commands).toEqual(['ATSP6', '04']);
	});

	it('tells the report a confirmed clear went to the car, with its time; not when declined or refused', async () => {
		const link = createSimulatedLink('immobiliser-code', { latency: 'fast', seed: 6 });
		const elm = await openElm327(link);
		const cleared: string[] = [];
		const state = new ConsoleState({
			check: checkCommand,
			now: () => Date.parse('2025-11-25T10:07:00.000Z'),
			onCodesCleared: (at) => cleared.push(at)
		});
		state.attach(elm);
		await state.submit('ATSP6');
		await state.submit('04');
		state.cancel();
		await state.submit('2E F1 90 31');
		await state.submit('0100');
		expect(cleared).toEqual([]);
		await state.submit('04');
		await state.confirm();
		expect(cleared).toEqual(['2025-11-25T10:07:00.000Z']);
		// Without the adapter nothing is written, so nothing is recorded.
		state.detach();
		await state.submit('04');
		expect(state.pending).not.toBeNull();
		await state.confirm();
		expect(cleared).toHaveLength(1);
	});

	it('is refused the adapter while the scan holds it, with the holder named', async () => {
		const { elm, state } = await setup();
		const scan = elm.acquire('the vehicle scan');
		expect(state.attach(elm)).toBe(false);
		expect(state.error?.message).toBe('The adapter is busy: the vehicle scan is using it.');
		scan.release();
		expect(state.attach(elm)).toBe(true);
		expect(state.error).toBeNull();
	});

	it('follows the transcript live and recalls earlier commands with the arrows', async () => {
		const { elm, state } = await setup();
		state.attach(elm);
		await state.submit('ATRV');
		await state.submit('ATI');
		expect(state.transcript.some((e) => e.dir === 'tx' && e.text === 'ATI')).toBe(true);
		expect(state.recall(-1)).toBe('ATI');
		expect(state.recall(-1)).toBe('ATRV');
		expect(state.recall(-1)).toBe('ATRV');
		expect(state.recall(1)).toBe('ATI');
		expect(state.recall(1)).toBe('');
	});

	it('copies the log as plain text', async () => {
		const { elm, state, copied } = await setup();
		state.attach(elm);
		await state.submit('ATRV');
		await state.submit('3D 00 00');
		expect(await state.copyLog()).toBe(true);
		expect(copied[0]).toBe(formatConsoleLog(state.entries));
		expect(copied[0]).toMatch(
			/^> ATRV\n\d+\.\dV\n\n> 3D 00 00\n\(refused: FobSync never sends this/
		);
	});

	it('gives the adapter back with its settings restored for the scan that comes next', async () => {
		const { elm, state, commands } = await setup();
		state.attach(elm);
		await state.submit('ATH0');
		state.detach();
		await elm.send('ATSP6');
		expect(await elm.send('0100')).toEqual([expect.stringMatching(/^7E8 /)]);
		expect(commands).toEqual(['ATH0', 'ATD', 'ATE0', 'ATH1', 'ATSP6', '0100']);
	});
});
