// npm run bench: per simulated scenario, the adapter commands a full scan sends,
// the bytes moved each way and the time it takes under the simulator's
// realistic latency model, so later changes can be compared.
//
// Figures, not pass/fail: performance is judged by reading these numbers.
import { openElm327 } from '../src/lib/elm327';
import { scanVehicle } from '../src/lib/scan';
import { createSimulatedLink, scenarios } from '../src/lib/simulator';
import type { ByteLink } from '../src/lib/transport/byte-link';

/** Wraps a link to count the bytes that cross it. */
function counted(link: ByteLink): { link: ByteLink; bytes: { tx: number; rx: number } } {
	const bytes = { tx: 0, rx: 0 };
	const readable = link.readable.pipeThrough(
		new TransformStream<Uint8Array, Uint8Array>({
			transform(chunk, c) {
				bytes.rx += chunk.length;
				c.enqueue(chunk);
			}
		})
	);
	const writer = link.writable.getWriter();
	const writable = new WritableStream<Uint8Array>({
		async write(chunk) {
			bytes.tx += chunk.length;
			await writer.write(chunk);
		},
		async close() {
			await writer.close();
		}
	});
	return { link: { label: link.label, readable, writable, close: () => link.close() }, bytes };
}

const only = process.argv.slice(2);
const rows: Record<string, string | number>[] = [];
for (const scenario of scenarios) {
	if (only.length && !only.includes(scenario.id)) continue;
	const { link, bytes } = counted(
		createSimulatedLink(scenario.id, { latency: 'realistic', seed: 1 })
	);
	const t0 = performance.now();
	const elm = await openElm327(link);
	const t1 = performance.now();
	const initBytes = { ...bytes };
	const report = await scanVehicle(elm);
	const t2 = performance.now();
	const scanBytes = { tx: bytes.tx - initBytes.tx, rx: bytes.rx - initBytes.rx };
	// The next visit: the protocol is remembered, so the adapter tries it first (ATSP Ah).
	const again = report.protocol
		? await scanVehicle(elm, { protocolHint: report.protocol.code })
		: null;
	const t3 = performance.now();
	await elm.close();
	rows.push({
		scenario: scenario.id,
		adapter: elm.adapter.kind,
		'init ms': Math.round(t1 - t0),
		'scan cmds': report.commandCount,
		'scan tx B': scanBytes.tx,
		'scan rx B': scanBytes.rx,
		'scan ms': Math.round(t2 - t1),
		'rescan ms (remembered)': again ? Math.round(t3 - t2) : '-',
		protocol: report.protocol?.code ?? '-',
		vin: report.vin ? 'yes' : 'no',
		dtcs: report.dtcs.length
	});
	console.error(`measured ${scenario.id}`);
}
console.table(rows);
