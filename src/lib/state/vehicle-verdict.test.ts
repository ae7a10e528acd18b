import { beforeAll, describe, expect, it } from 'vitest';
import { openElm327 } from '../elm327';
import { CatalogueSource } from '../resync/catalogue-source';
import { countingLoader, ROUTES } from '../resync/test/counting-loader';
import { CATALOGUE } from '../resync/test/full-catalogue';
import { verdictFor } from '../resync/verdict';
import { scanVehicle } from '../scan';
import type { VehicleReport } from '../scan/types';
import { createSimulatedLink } from '../simulator';
import { carOfReport } from './same-car';
import { VehicleVerdictState } from './vehicle-verdict.svelte';
import type { WizardState } from './wizard.svelte';

let r53: VehicleReport;
beforeAll(async () => {
	const elm = await openElm327(createSimulatedLink('mini-r53-2005', { latency: 'fast', seed: 3 }));
	r53 = await scanVehicle(elm);
	await elm.close();
});

/** The parts of the guide the verdict reads: the car it was told about and the answers. */
function guideAbout(report: VehicleReport, answers: Record<string, string>): WizardState {
	return {
		choice: { car: carOfReport(report), answers, complaint: null }
	} as unknown as WizardState;
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the vehicle page’s verdict', () => {
	it('loads the core and this make’s chunk only, then answers as the whole catalogue does', async () => {
		const loader = countingLoader();
		const source = new CatalogueSource(ROUTES, loader);
		const view = new VehicleVerdictState({
			report: () => r53,
			wizard: () => null,
			answersKept: false,
			source
		});
		expect(view.verdict).toBeNull();
		view.load();
		await settle();
		expect(loader.asked).toEqual(['core', ...source.chunksFor({ makes: ['MINI'] })]);
		expect(loader.asked).not.toContain('ford');
		expect(view.verdict).toEqual(verdictFor({ report: r53, answers: {} }, CATALOGUE));
		expect(view.verdict?.kind).toBe('identify-key');
		expect(view.path).toBeNull(); // the key is not known yet: no ranked path
	});

	it('waits for the guide when answers about the car may be kept, then uses them', async () => {
		let wizard: WizardState | null = null;
		const view = new VehicleVerdictState({
			report: () => r53,
			wizard: () => wizard,
			answersKept: true,
			source: new CatalogueSource(ROUTES, countingLoader())
		});
		view.load();
		await settle();
		expect(view.catalogue).not.toBeNull();
		expect(view.verdict).toBeNull();
		wizard = guideAbout(r53, { 'mini-key-buttons': '3' });
		expect(view.verdict?.kind).toBe('home-resync');
		expect(view.path?.options.length).toBeGreaterThan(0);
	});

	it('ignores answers given about another car of the same make', async () => {
		const other = { ...r53, vin: 'WMWRC33473TC00000' } as VehicleReport;
		const view = new VehicleVerdictState({
			report: () => r53,
			wizard: () => guideAbout(other, { 'mini-key-buttons': '3' }),
			answersKept: true,
			source: new CatalogueSource(ROUTES, countingLoader())
		});
		view.load();
		await settle();
		expect(view.verdict?.kind).toBe('identify-key');
	});

	it('says it failed when the make’s data cannot be loaded, and a cancelled load sets nothing', async () => {
		const broken = new CatalogueSource(ROUTES, {
			core: () => Promise.reject(new Error('offline')),
			chunk: () => Promise.reject(new Error('offline'))
		});
		const failing = new VehicleVerdictState({
			report: () => r53,
			wizard: () => null,
			answersKept: false,
			source: broken
		});
		failing.load();
		await settle();
		expect(failing.failed).toBe(true);
		expect(failing.verdict).toBeNull();

		const view = new VehicleVerdictState({
			report: () => r53,
			wizard: () => null,
			answersKept: false,
			source: new CatalogueSource(ROUTES, countingLoader())
		});
		view.load()(); // the page left before the data came
		await settle();
		expect(view.catalogue).toBeNull();
	});
});
