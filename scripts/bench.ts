// npm run bench: figures, not pass/fail. Performance is judged by reading them.
//
// Everything runs over the simulator's realistic latency model (ELM327
// datasheet timings, K-line wake-ups, serial time per byte) in virtual time
// (bench/virtual-time.ts): the clock jumps from timer to timer, so the
// figures are the model's milliseconds, exactly repeatable, without waiting.
//
//   1. init per adapter chip: commands sent and time
//   2. first contact per car, for each first-contact strategy, then the whole
//      scan (commands, bytes, time) and a rescan with the protocol remembered
//   3. the soak: 10,000 commands over one session, heap before and after
import { installVirtualTime } from './bench/virtual-time';

installVirtualTime();

const { openElm327 } = await import('../src/lib/elm327');
const { scanVehicle } = await import('../src/lib/scan');
const { createSimulatedLink, scenarios, VARIANTS } = await import('../src/lib/simulator');
const { initPerVariant, scanPerCar, soak } = await import('./bench/measure');
const { withBefore } = await import('./bench/before');

const lib = {
	openElm327,
	scanVehicle,
	createSimulatedLink,
	scenarios,
	variants: Object.keys(VARIANTS)
};
const only = process.argv.slice(2);
const want = (section: string) => only.length === 0 || only.includes(section);

if (want('init')) {
	console.log('\n1. Init per adapter chip (scenario "minimal"), before the lean init and today');
	console.table(withBefore(await initPerVariant(lib)));
}
if (want('scan')) {
	for (const strategy of ['likely-first', 'automatic'] as const) {
		console.log(
			`\n2. First contact and scan per car, strategy "${strategy}"${strategy === 'likely-first' ? ' (the default)' : ''}`
		);
		console.table(await scanPerCar(lib, { firstContact: strategy }));
	}
}
if (want('soak')) {
	console.log('\n3. Soak: 10,000 commands over one simulated session');
	console.table([await soak(lib, 10_000)]);
}
