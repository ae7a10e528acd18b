import { describe, expect, it } from 'vitest';
import { openElm327 } from '$lib/elm327';
import { scanVehicle } from '$lib/scan';
import { createSimulatedLink } from '$lib/simulator';
import { adapterLine } from '../adapter-quality';
import { reportSources } from './report-sources';

async function read(scenario: string) {
	const elm = await openElm327(createSimulatedLink(scenario, { latency: 'fast', seed: 5 }));
	const report = await scanVehicle(elm);
	await elm.close();
	return report;
}

describe('the printed report’s sources and adapter line', () => {
	it('a Chevrolet’s report does not cite BMW/MINI repair information', async () => {
		const sources = reportSources(await read('immobiliser-code'));
		expect(sources).not.toContain('BMW/MINI repair information');
		expect(sources).toContain('US federal VIN rules (49 CFR 565)');
		expect(sources).toContain('SAE J1979 and J2012');
	});

	it('a first-generation MINI’s does; a car without a VIN cites no VIN rules', async () => {
		expect(reportSources(await read('mini-r53-2005'))).toContain('BMW/MINI repair information');
		const noVin = reportSources(await read('vauxhall-astra-g-2001'));
		expect(noVin.join(' ')).not.toMatch(/VIN|ISO 3780|BMW/);
	});

	it('names the adapter once, without repeating the chip', async () => {
		const genuine = await read('immobiliser-code');
		expect(adapterLine(genuine.adapter)).toBe('Genuine ELM327 v1.4b');
		expect(adapterLine((await read('mini-r50-2003')).adapter)).toBe('ELM327 clone (claims v1.5)');
		expect(
			adapterLine({ ...genuine.adapter, kind: 'unknown', identity: 'OBDII to RS232 v9' })
		).toBe('Unrecognised adapter, answers as “OBDII to RS232 v9”');
	});
});
