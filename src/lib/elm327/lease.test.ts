import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openElm327 } from '.';
import { isAdapterError } from '../transport/adapter-error';
import { settle } from './fake-time';
import { GENUINE_INIT, scriptedLink, type Script } from './scripted-link';

const outcome = (p: Promise<unknown>) =>
	p.then(
		(v) => ({ ok: true as const, value: v }),
		(e) => ({
			ok: false as const,
			code: isAdapterError(e) ? e.code : 'other',
			message: String(e.message)
		})
	);

async function open(extra: Script = {}, options = {}) {
	const link = scriptedLink(
		{ ...GENUINE_INIT, '0100': '7E8 06 41 00 BE 3F A8 13', ...extra },
		options
	);
	const elm = await settle(openElm327(link));
	link.written.length = 0;
	return { link, elm };
}

describe('the adapter lease: one owner at a time', () => {
	it('a second owner is refused, with the holder named in plain words', async () => {
		const { elm } = await open();
		expect(elm.holder).toBeNull();
		const guide = elm.acquire('the resync guide');
		expect(elm.holder).toBe('the resync guide');
		expect(guide.owner).toBe('the resync guide');
		let refusal: unknown = null;
		try {
			elm.acquire('the expert console');
		} catch (error) {
			refusal = error;
		}
		expect(isAdapterError(refusal, 'adapter-busy')).toBe(true);
		expect((refusal as Error).message).toBe('The adapter is busy: the resync guide is using it.');
		guide.release();
		expect(elm.holder).toBeNull();
		const console = elm.acquire('the expert console');
		expect(elm.holder).toBe('the expert console');
		console.release();
	});

	it('the bare session and a released lease cannot send while another owner holds the adapter', async () => {
		const { elm, link } = await open();
		const scan = elm.acquire('the vehicle scan');
		scan.release();
		const guide = elm.acquire('the resync guide');
		const bare = await outcome(elm.send('0100'));
		const stale = await outcome(scan.send('0100'));
		expect(bare).toMatchObject({ ok: false, code: 'adapter-busy' });
		expect(stale).toMatchObject({ ok: false, code: 'adapter-busy' });
		expect(!bare.ok && bare.message).toMatch(/the resync guide is using it/);
		// Nothing went out for the refused sends; the holder's own does.
		expect(link.written).toEqual([]);
		expect(await guide.send('0100')).toEqual(['7E8 06 41 00 BE 3F A8 13']);
		expect(link.written).toEqual(['0100']);
		guide.release();
		// Nobody holds it now: the bare session and the old lease may send again.
		expect(await elm.send('ATRV')).toEqual(['12.4V']);
		expect(await scan.send('ATRV')).toEqual(['12.4V']);
	});

	it('a lease is a full Elm327: same adapter, transcript and close state', async () => {
		const { elm } = await open();
		const lease = elm.acquire('the expert console');
		expect(lease.adapter).toBe(elm.adapter);
		expect(lease.linkLabel).toBe(elm.linkLabel);
		expect(lease.holder).toBe('the expert console');
		await lease.send('ATRV');
		expect(lease.transcript().some((e) => e.dir === 'tx' && e.text === 'ATRV')).toBe(true);
		expect(lease.closed).toBe(false);
		lease.release();
		expect(lease.released).toBe(true);
		lease.release(); // twice is harmless
		expect(elm.holder).toBeNull();
	});

	it('aborting the signal given to acquire releases the lease', async () => {
		const { elm } = await open();
		const abort = new AbortController();
		const lease = elm.acquire('the vehicle scan', { signal: abort.signal });
		abort.abort();
		expect(lease.released).toBe(true);
		expect(elm.holder).toBeNull();
		expect(() => elm.acquire('the vehicle scan', { signal: abort.signal })).toThrow(/Stopped/);
	});

	it('commands queued before an owner took the adapter run first; nothing interleaves with the owner', async () => {
		const { elm, link } = await open(
			{ '0105': '7E8 03 41 05 7B', '010C': '7E8 04 41 0C 1A F8' },
			{ delayMs: (c: string) => (c === '0100' ? 30 : 0) }
		);
		const early = elm.send('0100');
		const guide = elm.acquire('the resync guide');
		const a = guide.send('0105');
		const b = guide.send('010C');
		expect(await early).toEqual(['7E8 06 41 00 BE 3F A8 13']);
		expect(await a).toEqual(['7E8 03 41 05 7B']);
		expect(await b).toEqual(['7E8 04 41 0C 1A F8']);
		expect(link.written).toEqual(['0100', '0105', '010C']);
	});

	it('settings a holder changed (headers off, another header) are restored before the next user', async () => {
		const { elm, link } = await open({ ATD: 'OK', ATH0: 'OK', ATSH7E0: 'OK' });
		const console = elm.acquire('the expert console');
		await console.send('ATH0');
		await console.send('AT SH 7E0');
		await console.send('ATRV'); // reads change nothing
		console.release();
		expect(await elm.send('0100')).toEqual(['7E8 06 41 00 BE 3F A8 13']);
		expect(link.written).toEqual(['ATH0', 'AT SH 7E0', 'ATRV', 'ATD', 'ATE0', 'ATH1', '0100']);
		// A holder that only read leaves nothing to restore.
		link.written.length = 0;
		const reader = elm.acquire('the expert console');
		await reader.send('ATRV');
		await reader.send('0100');
		reader.release();
		await elm.send('0100');
		expect(link.written).toEqual(['ATRV', '0100', '0100']);
	});

	it('a closed session refuses to be acquired', async () => {
		const { elm } = await open();
		await elm.close();
		expect(() => elm.acquire('the vehicle scan')).toThrow(/closed/);
	});
});

describe('aborts are honoured at every await', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('a send aborted while the session re-synchronises never goes out and never resolves with data', async () => {
		const { elm, link } = await open(
			{ '010C': () => null, ATI: 'ELM327 v1.4b', '0105': '7E8 03 41 05 7B' },
			{ delayMs: (c: string) => (c === 'ATI' ? 500 : 0) }
		);
		// 010C gets no answer: the session owes a resync before the next command.
		const first = outcome(elm.send('010C', { timeoutMs: 100 }));
		await vi.advanceTimersByTimeAsync(150);
		expect(await first).toMatchObject({ ok: false, code: 'timeout' });
		const abort = new AbortController();
		const second = outcome(elm.send('0105', { signal: abort.signal }));
		await vi.advanceTimersByTimeAsync(100); // the resync's ATI is on its way
		expect(link.written).toEqual(['010C', 'ATI']);
		abort.abort();
		expect(await second).toMatchObject({ ok: false, code: 'aborted' });
		await vi.advanceTimersByTimeAsync(1_000); // the resync completes
		expect(link.written).toEqual(['010C', 'ATI']);
		// The next command goes out normally.
		const third = elm.send('0105');
		await vi.advanceTimersByTimeAsync(10);
		expect(await third).toEqual(['7E8 03 41 05 7B']);
		expect(link.written).toEqual(['010C', 'ATI', '0105']);
	});

	it('a queued send rejects at once when aborted, without waiting for its turn', async () => {
		const { elm, link } = await open({ '0100': () => null });
		const busy = outcome(elm.send('0100', { timeoutMs: 5_000 }));
		const abort = new AbortController();
		const queued = outcome(elm.send('0105', { signal: abort.signal }));
		abort.abort();
		expect(await queued).toMatchObject({ ok: false, code: 'aborted' });
		await vi.advanceTimersByTimeAsync(5_000);
		expect(await busy).toMatchObject({ ok: false, code: 'timeout' });
		expect(link.written).not.toContain('0105');
	});
});
