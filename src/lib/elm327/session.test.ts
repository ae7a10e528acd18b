import { afterEach, describe, expect, it, vi } from 'vitest';
import { openElm327 } from '.';
import { hex } from '../codec/hex';
import { seededRandom } from '../simulator/chunker';
import { isAdapterError } from '../transport/adapter-error';
import { settle } from './fake-time';
import { GENUINE_INIT, scriptedLink, type Script } from './scripted-link';

afterEach(() => vi.useRealTimers());

const codeOf = (p: Promise<unknown>) =>
	p.then(
		() => 'resolved',
		(e) => (isAdapterError(e) ? e.code : `other: ${String(e)}`)
	);

describe('openElm327 init and identity', () => {
	it('identifies a genuine ELM327 with five commands and claims nothing it did not try', async () => {
		const link = scriptedLink(GENUINE_INIT);
		const elm = await openElm327(link);
		expect(elm.adapter.kind).toBe('elm327');
		expect(elm.adapter.version).toBe('1.4b');
		expect(elm.adapter.description).toBe('OBDII to RS232 Interpreter');
		// Warm start (its answer is the banner: no ATI), echo off, headers on, then identity.
		expect(link.written).toEqual(['ATWS', 'ATE0', 'ATH1', 'AT@1', 'STI']);
		expect(elm.adapter.supports).toEqual({});
		// What later commands show is learned as they go out.
		await elm.send('ATRV');
		await elm.send('ATCRA7E8').catch(() => undefined);
		expect(elm.adapter.supports).toEqual({ RV: true, CRA: false });
		await elm.close();
	});

	it('calls a "v1.5" adapter a clone from its banner alone, and says nothing about commands never sent', async () => {
		const link = scriptedLink({ ...GENUINE_INIT, ATWS: 'ELM327 v1.5', 'AT@1': '?', ATIGN: '?' });
		const elm = await openElm327(link);
		expect(link.written).toEqual(['ATWS', 'ATE0', 'ATH1']);
		expect(elm.adapter.kind).toBe('clone');
		expect(elm.adapter.reasons.join(' ')).toMatch(/v1\.5.*never released/);
		// Not "does not support AT AT2, AT CRA …": those were never sent.
		expect(elm.adapter.reasons.join(' ')).not.toMatch(/does not support/);
		expect(elm.adapter.supports).toEqual({});
	});

	it('a genuine-looking v2.x is asked AT IGN, and a refusal is evidence of a clone', async () => {
		const link = scriptedLink({ ...GENUINE_INIT, ATWS: 'ELM327 v2.2', ATIGN: '?' });
		const elm = await openElm327(link);
		expect(link.written).toEqual(['ATWS', 'ATE0', 'ATH1', 'AT@1', 'STI', 'ATIGN']);
		expect(elm.adapter.kind).toBe('clone');
		expect(elm.adapter.supports).toEqual({ IGN: false });
		expect(elm.adapter.reasons.join(' ')).toMatch(/does not support: AT IGN$/);
	});

	it('calls a v2.1 that rejects AT@1 a clone, and an STI answer an STN chip', async () => {
		const v21 = await openElm327(
			scriptedLink({ ...GENUINE_INIT, ATWS: 'ELM327 v2.1', 'AT@1': '?' })
		);
		expect(v21.adapter.kind).toBe('clone');
		const stn = await openElm327(
			scriptedLink({ ...GENUINE_INIT, STI: 'STN1110 v4.0.1', STDI: 'OBDLink SX r4.2' })
		);
		expect(stn.adapter.kind).toBe('stn');
		expect(stn.adapter.stnDevice).toBe('OBDLink SX r4.2');
	});

	it('copes with echo on, CR LF endings and output one byte at a time', async () => {
		const link = scriptedLink(GENUINE_INIT, { echo: true, eol: '\r\n', chunk: 1 });
		const elm = await openElm327(link);
		expect(elm.adapter.kind).toBe('elm327');
		expect(await elm.send('ATRV')).toEqual(['12.4V']);
	});

	it('falls back to a full reset when the warm start stalls or is refused', async () => {
		vi.useFakeTimers();
		const stalls = scriptedLink({ ...GENUINE_INIT, ATWS: () => null }, { fallback: '?' });
		const elm = await settle(openElm327(stalls));
		// ATI is the re-synchronising marker owed after the unanswered ATWS.
		expect(stalls.written.slice(0, 3)).toEqual(['ATWS', 'ATI', 'ATZ']);
		expect(elm.adapter.kind).toBe('elm327');
		const refuses = scriptedLink({ ...GENUINE_INIT, ATWS: '?' });
		expect((await settle(openElm327(refuses))).adapter.kind).toBe('elm327');
		expect(refuses.written.slice(0, 2)).toEqual(['ATWS', 'ATZ']);
	});

	it('fails with no-response when nothing answers at all', async () => {
		vi.useFakeTimers();
		const link = scriptedLink(new Proxy({}, { get: () => () => null }));
		expect(await settle(codeOf(openElm327(link)))).toBe('no-response');
	});
});

describe('Elm327 session', () => {
	const open = async (extra: Script, options = {}) => {
		const link = scriptedLink({ ...GENUINE_INIT, ...extra }, options);
		const elm = await settle(openElm327(link));
		link.written.length = 0;
		return { link, elm };
	};

	it('handles a third-party emulator style: echo on, CR only, SEARCHING..., v1.5 banner', async () => {
		const { elm } = await open(
			{
				ATZ: '\r\rELM327 v1.5',
				ATI: 'ELM327 v1.5',
				'AT@1': '?',
				'0100': 'SEARCHING...\n7E8 06 41 00 BE 3F A8 13',
				'0902':
					'7E8 10 14 49 02 01 57 4D 57\n7E8 21 4D 46 33 33 35 33 38\n7E8 22 54 4C 31 32 33 34 35',
				ATDPN: 'A6'
			},
			{ echo: true, eol: '\r', chunk: 3 }
		);
		expect(elm.adapter.kind).toBe('clone');
		expect(await elm.send('0100')).toEqual(['7E8 06 41 00 BE 3F A8 13']);
		expect(await elm.send('ATDPN')).toEqual(['A6']);
		expect(await elm.send('0902')).toHaveLength(3);
	});

	it('rejects each status text with its code', async () => {
		const { elm } = await open({
			'0100': 'NO DATA',
			'0101': 'UNABLE TO CONNECT',
			'0102': 'BUS INIT: ...ERROR',
			'0103': 'CAN ERROR',
			'0104': 'STOPPED',
			'0105': 'ERR94',
			'0106': 'BUFFER FULL'
		});
		expect(await codeOf(elm.send('0100'))).toBe('no-data');
		expect(await codeOf(elm.send('0101'))).toBe('unable-to-connect');
		expect(await codeOf(elm.send('0102'))).toBe('bus-init-error');
		expect(await codeOf(elm.send('0103'))).toBe('can-error');
		expect(await codeOf(elm.send('0104'))).toBe('stopped');
		expect(await codeOf(elm.send('0105'))).toBe('internal-error');
		expect(await codeOf(elm.send('0106'))).toBe('buffer-full');
		expect(await codeOf(elm.send('ATXYZ'))).toBe('unsupported-command');
	});

	it('keeps a line the adapter marked damaged, marker attached, for the decoder to refuse and record', async () => {
		const { elm } = await open({
			'0100': '7E8 06 41 00 BE 3F A8 13\n7E9 06 41 00 98 18 80 11 <DATA ERROR',
			'0101': '7E8 06 41 01 00 07 65 00\n<DATA ERROR',
			'0105': 'DATA ERROR'
		});
		expect(await elm.send('0100')).toEqual([
			'7E8 06 41 00 BE 3F A8 13',
			'7E9 06 41 00 98 18 80 11 <DATA ERROR'
		]);
		// The marker alone points at the line above it.
		expect(await elm.send('0101')).toEqual(['7E8 06 41 01 00 07 65 00 <DATA ERROR']);
		// A bare DATA ERROR: the whole answer is unusable.
		expect(await codeOf(elm.send('0105'))).toBe('data-error');
	});

	it('drops BUS INIT lines and waits longer once a slow K-line wake-up announces itself', async () => {
		vi.useFakeTimers();
		let say: (t: string) => void = () => undefined;
		const { elm, link } = await open({
			'0100': () => {
				setTimeout(() => say('BUS INIT: ...'), 10);
				setTimeout(() => say('OK\r48 6B 10 41 00 BE 1F B8 10 AA\r\r>'), 300);
				return null;
			}
		});
		say = link.say;
		// 100 ms would end the wait, but "BUS INIT: ..." extends it for the 5-baud init.
		expect(await settle(elm.send('0100', { timeoutMs: 100 }))).toEqual([
			'48 6B 10 41 00 BE 1F B8 10 AA'
		]);
	});

	it('never lets a late reply land on the next command after a timeout', async () => {
		vi.useFakeTimers();
		const { elm } = await open(
			{ '010C': '7E8 04 41 0C 1A F8', '0105': '7E8 03 41 05 7B' },
			{ delayMs: (c: string) => (c === '010C' ? 300 : 0) }
		);
		expect(await settle(codeOf(elm.send('010C', { timeoutMs: 50 })))).toBe('timeout');
		// The late 010C answer arrives while the session resynchronises.
		expect(await settle(elm.send('0105'))).toEqual(['7E8 03 41 05 7B']);
		expect(await settle(elm.send('ATRV'))).toEqual(['12.4V']);
	});

	it('aborts a waiting command and recovers the same way', async () => {
		vi.useFakeTimers();
		const { elm } = await open(
			{ '0902': '7E8 10 14 49 02 01 57 4D 57', '0105': '7E8 03 41 05 7B' },
			{ delayMs: (c: string) => (c === '0902' ? 200 : 0) }
		);
		const abort = new AbortController();
		const pending = elm.send('0902', { signal: abort.signal });
		setTimeout(() => abort.abort(), 20);
		expect(await settle(codeOf(pending))).toBe('aborted');
		expect(await settle(elm.send('0105'))).toEqual(['7E8 03 41 05 7B']);
	});

	it('keeps queue order under concurrent sends, one command in flight', async () => {
		const script: Script = {};
		for (let i = 0; i < 8; i++) script[`01${hex(i + 4)}`] = `R${i}`;
		const random = seededRandom(42);
		const { elm, link } = await open(script, { delayMs: () => Math.floor(random() * 15) });
		const keys = Object.keys(script);
		const results = await Promise.all(keys.map((k) => elm.send(k)));
		expect(results).toEqual(keys.map((_, i) => [`R${i}`]));
		expect(link.written).toEqual(keys);
	});

	it('a disconnect mid-command rejects it and everything queued, and tells listeners', async () => {
		const { elm, link } = await open({ '0100': () => null });
		const reasons: (string | null)[] = [];
		elm.onClose((r) => reasons.push(r?.code ?? null));
		const inFlight = elm.send('0100');
		const queued = elm.send('0105');
		setTimeout(() => link.unplug(), 10);
		expect(await codeOf(inFlight)).toBe('disconnected');
		expect(await codeOf(queued)).toBe('disconnected');
		expect(reasons).toEqual(['disconnected']);
		expect(elm.closed).toBe(true);
		expect(await codeOf(elm.send('ATI'))).toBe('disconnected');
	});

	it('close() rejects what is queued with link-closed', async () => {
		const { elm } = await open({ '0100': () => null });
		const a = elm.send('0100');
		const b = elm.send('0105');
		await elm.close();
		expect(await codeOf(a)).toBe('link-closed');
		expect(await codeOf(b)).toBe('link-closed');
	});

	it('notices an adapter that reset itself and re-applies its settings', async () => {
		const { elm, link } = await open({ '010C': '\rELM327 v1.4b', '0105': '7E8 03 41 05 7B' });
		expect(await codeOf(elm.send('010C'))).toBe('adapter-reset');
		expect(await elm.send('0105')).toEqual(['7E8 03 41 05 7B']);
		// ATI: the re-synchronising marker (an answer to 010C may still come), then the settings.
		expect(link.written).toEqual(['010C', 'ATI', 'ATE0', 'ATH1', '0105']);
	});

	it('LV RESET and ERR94 leave the adapter at its defaults: settings come back before the next command', async () => {
		const { elm, link } = await open({
			'010C': 'LV RESET',
			'010D': 'ERR94',
			'0105': '7E8 03 41 05 7B'
		});
		expect(await codeOf(elm.send('010C'))).toBe('low-voltage-reset');
		expect(await elm.send('0105')).toEqual(['7E8 03 41 05 7B']);
		expect(await codeOf(elm.send('010D'))).toBe('internal-error');
		expect(await elm.send('0105')).toEqual(['7E8 03 41 05 7B']);
		expect(link.written).toEqual([
			'010C',
			...['ATI', 'ATE0', 'ATH1'],
			'0105',
			'010D',
			...['ATI', 'ATE0', 'ATH1'],
			'0105'
		]);
	});

	it('reports garbage bytes (wrong speed) as garbled instead of data', async () => {
		const { elm } = await open({ '0100': '\xf0\x8e\xfe\x9c\x83\xe1\xb7\xc8' });
		expect(await codeOf(elm.send('0100'))).toBe('garbled');
	});

	it('keeps a transcript of both directions, bounded by its ring and told live to watchers', async () => {
		const link = scriptedLink(GENUINE_INIT);
		const elm = await openElm327(link, { transcriptLimit: 50 });
		const live: string[] = [];
		const stop = elm.onTranscript((e) => live.push(`${e.dir}:${e.text}`));
		for (let i = 0; i < 40; i++) await elm.send('ATRV');
		stop();
		await elm.send('ATRV');
		const t = elm.transcript();
		// 41 sends leave far more than 50 entries behind; the ring keeps exactly the last 50.
		expect(t).toHaveLength(50);
		expect(t.at(-1)).toMatchObject({ dir: 'rx' });
		expect(t.at(-2)).toMatchObject({ dir: 'tx', text: 'ATRV' });
		expect(t.every((e, i) => i === 0 || e.t >= t[i - 1]!.t)).toBe(true);
		expect(live.filter((l) => l === 'tx:ATRV')).toHaveLength(40);
		expect(live.some((l) => l.startsWith('rx:') && l.includes('12.4V'))).toBe(true);
	});

	it('an explicit timeoutMs gives way to the search limit once SEARCHING... appears', async () => {
		vi.useFakeTimers();
		let say: (t: string) => void = () => undefined;
		const { elm, link } = await open({
			'0100': () => {
				setTimeout(() => say('SEARCHING...\r'), 50);
				setTimeout(() => say('7E8 06 41 00 BE 3F A8 13\r\r>'), 12_000);
				return null;
			},
			'0105': () => null
		});
		say = link.say;
		const searching = settle(elm.send('0100', { timeoutMs: 1_000 }));
		expect(await searching).toEqual(['7E8 06 41 00 BE 3F A8 13']);
		// Without SEARCHING... the same limit ends the wait.
		expect(await settle(codeOf(elm.send('0105', { timeoutMs: 1_000 })))).toBe('timeout');
	});

	it('time limits can be injected when the session opens', async () => {
		vi.useFakeTimers();
		const link = scriptedLink({ ...GENUINE_INIT, '0100': () => null });
		const elm = await settle(openElm327(link, { timeouts: { obd: 300 } }));
		const started = Date.now();
		expect(await settle(codeOf(elm.send('0100')), 1)).toBe('timeout');
		expect(Date.now() - started).toBe(300);
	});
});
