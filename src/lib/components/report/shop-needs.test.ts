import { describe, expect, it } from 'vitest';
import { openElm327 } from '$lib/elm327';
import { scanVehicle } from '$lib/scan';
import { createSimulatedLink } from '$lib/simulator';
import { shopNeeds } from './shop-needs';

async function read(scenario: string) {
	const link = createSimulatedLink(scenario, { latency: 'fast', seed: 3 });
	const elm = await openElm327(link);
	const report = await scanVehicle(elm);
	await elm.close();
	return report;
}

describe('what the shop needs to do', () => {
	it('a later MINI: no home procedure is known (a single source), not "none exists"', async () => {
		const needs = shopNeeds(await read('mini-r56-2008'), null);
		expect(needs.join(' ')).toMatch(/no home procedure is known for this car\./);
		expect(needs.join(' ')).not.toMatch(/exists/);
	});

	it('a stored and a pending immobiliser code are printed under their own kinds', async () => {
		const report = await read('immobiliser-code');
		const line = shopNeeds(report, null).find((n) => n.startsWith('Diagnose the immobiliser'));
		expect(line).toBe(
			'Diagnose the immobiliser codes in the engine computer. Stored (confirmed by the engine computer): P0513. Pending (seen once, not yet confirmed): U0167.'
		);
	});

	it('codes that may affect locking keep their kinds too', async () => {
		const report = await read('immobiliser-code');
		const changed = {
			...report,
			dtcs: [{ code: 'U0140', kind: 'pending' as const, keyRelated: true }]
		};
		const needs = shopNeeds(changed, null);
		expect(needs.some((n) => n.startsWith('Diagnose the immobiliser'))).toBe(false);
		expect(needs).toContain(
			'Check the fault that may affect remote locking or starting (titles above). Pending (seen once, not yet confirmed): U0140.'
		);
	});
});
