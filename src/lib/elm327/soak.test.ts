import { getEventListeners } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openElm327 } from '.';
import { createSimulatedLink } from '../simulator';
import { settle } from './fake-time';
import type { Elm327Session } from './session';

afterEach(() => vi.useRealTimers());

describe('a long session stays bounded', () => {
	it('2,000 commands: the transcript ring keeps its limit, and no listener is left behind', async () => {
		vi.useFakeTimers();
		const link = createSimulatedLink('minimal', { latency: 'fast', seed: 4 });
		const elm = (await settle(openElm327(link, { transcriptLimit: 300 }))) as Elm327Session;
		const signal = new AbortController().signal;
		const watched: string[] = [];
		const commands = ['0100', '010C', 'ATRV', '0902'];
		for (let i = 0; i < 2_000; i++) {
			const stopWatching = i % 100 === 0 ? elm.onTranscript((e) => watched.push(e.dir)) : null;
			const lease = i % 250 === 0 ? elm.acquire('the soak test', { signal }) : null;
			await settle(
				(lease ?? elm).send(commands[i % commands.length]!, { signal }).catch(() => undefined),
				1
			);
			lease?.release();
			stopWatching?.();
		}
		expect(elm.transcriptTotal).toBeGreaterThan(4_000);
		expect(elm.transcript()).toHaveLength(300);
		// The newest entries are kept, in order.
		const t = elm.transcript();
		expect(t.every((e, i) => i === 0 || e.t >= t[i - 1]!.t)).toBe(true);
		expect(t.filter((e) => e.dir === 'tx').at(-1)?.text).toBe(commands[1_999 % commands.length]);
		expect(getEventListeners(signal, 'abort')).toHaveLength(0);
		expect(elm.listenerCount).toBe(0);
		expect(watched.length).toBeGreaterThan(20);
		await elm.close();
	});
});
