import { describe, expect, it } from 'vitest';
import { createSimulatedLink, type SimulatedLink } from '..';
import { FakeClock } from './fake-clock';
import type { BodyModule } from './body-module';

/**
 * The whole rehearsal through a SimulatedLink with the ELM327 emulator in
 * front: the adapter runs on (fast) real timers, the body module on a fake
 * clock, so the car's windows are exact and nothing waits for real.
 */
async function open(scenario: string) {
	const clock = new FakeClock();
	const link = createSimulatedLink(scenario, { latency: 'fast', seed: 3, clock });
	const elm = adapter(link);
	await elm.send('ATZ');
	await elm.send('ATE0');
	return { clock, link, elm, body: link.car.body! };
}

/** A bare terminal on the link: a command in, the text up to the prompt out (this layer has no ELM327 session). */
function adapter(link: SimulatedLink) {
	const writer = link.writable.getWriter();
	const reader = link.readable.getReader();
	return {
		async send(command: string): Promise<string[]> {
			await writer.write(Uint8Array.from(command + '\r', (c) => c.charCodeAt(0)));
			let text = '';
			while (!text.endsWith('>')) text += String.fromCharCode(...(await reader.read()).value!);
			return text
				.slice(0, -1)
				.split('\r')
				.filter((l) => l && l !== command);
		},
		close: () => link.close()
	};
}

/** What the guide's live check sees: does the engine computer answer 0100? */
async function engineAnswers(elm: ReturnType<typeof adapter>): Promise<boolean> {
	const lines = await elm.send('0100');
	return lines.some((l) => l.startsWith('41 00'));
}

function initialise(body: BodyModule, clock: FakeClock, key: 1 | 2) {
	body.chooseKey(key);
	body.hold('unlock');
	for (let i = 0; i < 3; i++) {
		clock.advance(800);
		body.press('lock');
	}
	body.release('unlock');
}

describe('rehearsal through the simulated adapter', () => {
	it('2005 R53, 3-button keys: the engine computer answers only at position 2; both keys confirmed', async () => {
		const { clock, elm, body, link } = await open('mini-r53-2005');
		expect(body.state.system.id).toBe('mini-3-button');
		expect(body.state.keys.map((k) => k.status)).toEqual([
			'Works with this car',
			'Out of sync with this car'
		]);
		expect(await engineAnswers(elm)).toBe(true);

		body.setIgnition('off');
		expect(await engineAnswers(elm)).toBe(false);
		body.setIgnition('accessory');
		expect(await engineAnswers(elm)).toBe(false); // position 1 does not wake it: the guide must ask
		expect(await elm.send('ATIGN')).toEqual(['OFF']);
		clock.advance(2_000);
		body.setIgnition('off');
		body.removeKey();
		initialise(body, clock, 1);
		clock.advance(4_000);
		initialise(body, clock, 2);
		body.setIgnition('accessory'); // finish: position 1
		clock.advance(6_000);
		body.setIgnition('on');
		expect(await engineAnswers(elm)).toBe(true);
		expect(body.reactions.filter((r) => r.kind === 'confirm').map((r) => r.text)).toEqual([
			'Locks locked and unlocked: key 1 learned',
			'Locks locked and unlocked: key 2 learned'
		]);
		expect(body.state.keys.every((k) => k.status === 'Works with this car')).toBe(true);
		await elm.close();
		body.dispose();
		expect(link.car.body).toBe(body);
	});

	it('2003 R50, 2-button keys: the guide sees the ignition edge; the quick resync brings key 2 back', async () => {
		const { clock, elm, body } = await open('mini-r50-2003');
		expect(body.state.keys[1]!.buttons).toEqual(['lock', 'unlock']);
		expect(await engineAnswers(elm)).toBe(true); // position 2
		body.setIgnition('off');
		expect(await engineAnswers(elm)).toBe(false);
		clock.advance(4_000);
		body.press('unlock'); // key 2 is in hand
		clock.advance(1_000);
		body.press('lock');
		expect(body.reactions.at(-1)?.text).toBe('Locks locked: key 2 is back in sync');
		await elm.close();
		body.dispose();
	});

	it('2005 F-150: eight cycles seen by the adapter, two remotes programmed', async () => {
		const { clock, elm, body } = await open('ford-f150-2005');
		const seen: boolean[] = [];
		for (let i = 0; i < 8; i++) {
			body.setIgnition('off');
			clock.advance(500);
			body.setIgnition('on');
			if (i === 0 || i === 7) seen.push(await engineAnswers(elm));
			clock.advance(500);
		}
		expect(seen).toEqual([true, true]);
		body.chooseKey(2);
		body.press('lock');
		clock.advance(3_000);
		body.chooseKey(1);
		body.press('lock');
		body.setIgnition('off');
		expect(body.reactions.filter((r) => r.kind === 'confirm').map((r) => r.text)).toEqual([
			'Locks locked and unlocked: programming mode',
			"Locks locked and unlocked: key 2's remote programmed",
			"Locks locked and unlocked: key 1's remote programmed",
			'Locks locked and unlocked: programming ended (the ignition left ON)'
		]);
		expect(await engineAnswers(elm)).toBe(false);
		await elm.close();
		body.dispose();
	});

	it('cars without a body module say so', () => {
		expect(createSimulatedLink('mini-r56-2008', { latency: 'fast' }).car.body).toBeNull();
	});
});
