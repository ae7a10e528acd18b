import { describe, expect, it } from 'vitest';
import { openElm327 } from '$lib/elm327';
import { scanVehicle } from '$lib/scan';
import { createSimulatedLink } from '$lib/simulator';
import type { GuideSummary } from '$lib/resync/types';
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

	it('a first-generation MINI: the keys sentence is the one the guide gave the owner', async () => {
		const report = await read('mini-r53-2005');
		const keysNote =
			'The sources do not say what happens to a key left out: do every key in this one session, the one that still works too, and the guide checks each at the end.';
		const guide: GuideSummary = {
			procedureId: 'mini-r5x-2-button-quick',
			procedureTitle: 'Quick resync',
			variantId: null,
			startedAt: '2025-11-25T10:00:00.000Z',
			endedAt: '2025-11-25T10:05:00.000Z',
			keys: [{ label: 'Key 1', outcome: 'failed' }],
			misses: [],
			attempts: 1,
			result: '0 of 1 keys synchronised',
			keysNote
		};
		const line = shopNeeds(report, guide).find((n) => n.startsWith('Initialise the remote'));
		expect(line).toContain(keysNote);
		expect(line).not.toMatch(/keys left out may stop working/);
		// Without the guide's sentence (no guide, or a report kept before it existed): the general rule.
		const plain = shopNeeds(report, null).find((n) => n.startsWith('Initialise the remote'));
		expect(plain).toMatch(/keys left out may stop working/);
	});
});
