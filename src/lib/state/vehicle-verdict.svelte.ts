import type { Catalogue } from '../resync/catalogue';
import type { CatalogueSupply } from '../resync/catalogue-source';
import { costMarketOf } from '../resync/market';
import { rankedPath, type RankedPath } from '../resync/ranked-path';
import { verdictFor, type Verdict } from '../resync/verdict';
import type { VehicleReport } from '../scan/types';
import { sameCar } from './same-car';
import type { WizardState } from './wizard.svelte';

export interface VehicleVerdictDeps {
	/** The scanned car the page shows. */
	readonly report: () => VehicleReport;
	/** The guide once it is loaded (its answers about this car count), else null. */
	readonly wizard: () => WizardState | null;
	/**
	 * Progress kept on the device may hold the owner's answers about this car: wait for the
	 * guide before answering, rather than answer without them and change the answer after.
	 */
	readonly answersKept: boolean;
	readonly source: CatalogueSupply;
}

/**
 * The vehicle page's answer about a scanned car: can its remote be fixed at home, and, before
 * any attempt, the ranked path. It needs this car's make of the catalogue only (its chunk and
 * the shared core), loaded on demand; the component only renders what this holds.
 */
export class VehicleVerdictState {
	/** This make's catalogue once loaded. */
	catalogue = $state.raw<Catalogue | null>(null);
	/** The make's data could not be loaded (offline before it was cached): no verdict. */
	failed = $state(false);
	readonly #deps: VehicleVerdictDeps;

	constructor(deps: VehicleVerdictDeps) {
		this.#deps = deps;
	}

	/** Loads the report's make; call from an effect (it reads the report's make). Returns a canceller. */
	load(): () => void {
		const { source, report } = this.#deps;
		let current = true;
		source.forMake(report().vehicle?.make).then(
			(loaded) => {
				if (current) this.catalogue = loaded;
			},
			() => {
				if (current) this.failed = true;
			}
		);
		return () => {
			current = false;
		};
	}

	/** The owner's answers count when they were given about this car. */
	#answers(): Readonly<Record<string, string>> {
		const wizard = this.#deps.wizard();
		return wizard && sameCar(wizard.choice.car, this.#deps.report()) ? wizard.choice.answers : {};
	}

	readonly verdict: Verdict | null = $derived.by(() => {
		const catalogue = this.catalogue;
		if (!catalogue) return null;
		const report = this.#deps.report();
		if (this.#deps.wizard()) return verdictFor({ report, answers: this.#answers() }, catalogue);
		return this.#deps.answersKept ? null : verdictFor({ report, answers: {} }, catalogue);
	});

	/** Before any attempt: the options in order, the facts that decide, the way out and its cost. */
	readonly path: RankedPath | null = $derived.by(() => {
		const { catalogue, verdict } = this;
		if (!catalogue || !verdict?.finder) return null;
		if (verdict.kind !== 'home-resync' && verdict.kind !== 'shop') return null;
		const report = this.#deps.report();
		const wizard = this.#deps.wizard();
		return rankedPath(
			{
				candidates: verdict.finder.candidates,
				answers: this.#answers(),
				complaint: wizard && sameCar(wizard.choice.car, report) ? wizard.choice.complaint : null,
				market: costMarketOf(
					report.vehicle ? { by: 'vehicle', vehicle: report.vehicle } : null,
					report.vin
				)
			},
			catalogue
		);
	});
}
