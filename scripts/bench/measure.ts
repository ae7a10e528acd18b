// What `npm run bench` measures, written against the library's public entry
// points only, so the same code measures an older checkout for comparison.
import { getEventListeners } from 'node:events';
import { run, virtualNow } from './virtual-time';

/* eslint-disable @typescript-eslint/no-explicit-any -- the libraries may be older checkouts */
export interface Libraries {
	openElm327: (link: any, options?: any) => Promise<any>;
	scanVehicle: (elm: any, options?: any) => Promise<any>;
	createSimulatedLink: (id: string, options?: any) => any;
	scenarios: readonly { id: string }[];
	variants: readonly string[];
}

/** A link wrapper that records each command written (with its virtual time) and the bytes each way. */
function recorded(link: any) {
	const log = { commands: [] as { t: number; text: string }[], tx: 0, rx: 0 };
	let line = '';
	const readable = link.readable.pipeThrough(
		new TransformStream<Uint8Array, Uint8Array>({
			transform(chunk, c) {
				log.rx += chunk.length;
				c.enqueue(chunk);
			}
		})
	);
	const writer = link.writable.getWriter();
	const writable = new WritableStream<Uint8Array>({
		async write(chunk) {
			log.tx += chunk.length;
			for (const b of chunk) {
				if (b === 0x0d) {
					log.commands.push({ t: virtualNow(), text: line });
					line = '';
				} else line += String.fromCharCode(b);
			}
			await writer.write(chunk);
		},
		async close() {
			await writer.close();
		}
	});
	return { link: { label: link.label, readable, writable, close: () => link.close() }, log };
}

const ms = (n: number) => Math.round(n);

/** Init per adapter chip, on the same small CAN car. */
export async function initPerVariant(lib: Libraries) {
	const rows = [];
	for (const variant of lib.variants) {
		const { link, log } = recorded(
			lib.createSimulatedLink('minimal', { variant, latency: 'realistic', seed: 1 })
		);
		const t0 = virtualNow();
		const elm = await run(lib.openElm327(link));
		rows.push({
			adapter: variant,
			'identified as': elm.adapter.kind,
			'init ms': ms(virtualNow() - t0),
			commands: log.commands.length,
			sent: log.commands.map((c) => c.text).join(' ')
		});
		await run(elm.close());
	}
	return rows;
}

/**
 * First contact per car: from the scan's "protocol" stage to the next stage
 * (the protocol known, or the scan giving up on the car), with the commands
 * sent meanwhile, and from opening the adapter to that point (init included). Then the whole scan, and a second scan with the protocol
 * remembered.
 */
export async function scanPerCar(lib: Libraries, options: Record<string, unknown> = {}) {
	const rows = [];
	for (const { id } of lib.scenarios) {
		const { link, log } = recorded(lib.createSimulatedLink(id, { latency: 'realistic', seed: 1 }));
		const tInit = virtualNow();
		const elm = await run(lib.openElm327(link));
		const initMs = virtualNow() - tInit;
		const stages: { stage: string; t: number; n: number }[] = [];
		const before = { tx: log.tx, rx: log.rx };
		const t0 = virtualNow();
		const report = await run(
			lib.scanVehicle(elm, {
				...options,
				onProgress: (p: { stage: string }) =>
					stages.push({ stage: p.stage, t: virtualNow(), n: log.commands.length })
			})
		);
		const t1 = virtualNow();
		const start = stages.find((s) => s.stage === 'protocol');
		const after = stages.find((s, i) => i > stages.indexOf(start!) && s.stage !== 'protocol');
		const again = report.protocol
			? await run(lib.scanVehicle(elm, { ...options, protocolHint: report.protocol.code }))
			: null;
		const t2 = virtualNow();
		rows.push({
			car: id,
			adapter: elm.adapter.kind,
			protocol: report.protocol?.code ?? '-',
			'init ms': ms(initMs),
			'first contact ms': start && after ? ms(after.t - start.t) : '-',
			'first contact cmds': start && after ? after.n - start.n : '-',
			'connect to contact ms': start && after ? ms(initMs + after.t - start.t) : '-',
			'scan cmds': report.commandCount,
			'scan tx B': log.tx - before.tx,
			'scan ms': ms(t1 - t0),
			'rescan ms': again ? ms(t2 - t1) : '-',
			vin: report.vin ? 'yes' : 'no',
			dtcs: report.dtcs.length
		});
		await run(elm.close());
	}
	return rows;
}

/**
 * The soak: `count` commands over one session to a simulated car, a mix of
 * OBD requests, AT commands and aborted sends, through one long-lived signal.
 * Heap measured after a full collection before and after (needs --expose-gc).
 */
export async function soak(lib: Libraries, count: number) {
	const gc = (globalThis as { gc?: () => void }).gc;
	const heap = () => {
		gc?.();
		gc?.();
		return process.memoryUsage().heapUsed;
	};
	const link = lib.createSimulatedLink('minimal', { latency: 'realistic', seed: 5 });
	const elm = await run(lib.openElm327(link));
	const signal = new AbortController().signal;
	// OBD requests the car answers, one it does not (NO DATA), and an AT command.
	const commands = ['0100', '010C', 'ATRV', '0101', '0902'];
	let refused = 0;
	const step = async (i: number) => {
		if (i % 500 === 499) {
			// Now and then a send is stopped while it waits: the session recovers every time.
			const stop = new AbortController();
			const p = elm.send('010C', { signal: stop.signal });
			stop.abort();
			await run(p.catch(() => undefined));
			return;
		}
		// Every thousandth command goes through a lease, taken and given back.
		const lease = i % 1000 === 0 ? elm.acquire?.('the bench') : null;
		const ok = await run(
			(lease ?? elm).send(commands[i % commands.length], { signal }).then(
				() => true,
				() => false
			)
		);
		if (!ok) refused++;
		lease?.release();
	};
	// Warm up every path (JIT, first allocations, the transcript ring filled) before the first reading.
	for (let i = 0; i < 5_000; i++) await step(i);
	refused = 0;
	const heapBefore = heap();
	let heapHalfway = 0;
	const t0 = virtualNow();
	for (let i = 0; i < count; i++) {
		if (i === count / 2) heapHalfway = heap();
		await step(i);
	}
	const heapAfter = heap();
	const result = {
		commands: count,
		'NO DATA or refused': refused,
		'virtual s': Math.round((virtualNow() - t0) / 100) / 10,
		'heap before MB': Math.round(heapBefore / 1e5) / 10,
		'heap halfway MB': Math.round(heapHalfway / 1e5) / 10,
		'heap after MB': Math.round(heapAfter / 1e5) / 10,
		'growth KB': Math.round((heapAfter - heapBefore) / 1024),
		'transcript kept': elm.transcript().length,
		'transcript written': elm.transcriptTotal ?? '-',
		'abort listeners left': getEventListeners(signal, 'abort').length,
		'session listeners left': elm.listenerCount ?? '-',
		gc: gc ? 'yes' : 'no (run node with --expose-gc)'
	};
	await run(elm.close());
	return result;
}
