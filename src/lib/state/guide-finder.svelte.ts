import type { Catalogue } from '../resync/catalogue';
import type { CatalogueNeed } from '../resync/catalogue-index';
import type { CatalogueSupply } from '../resync/catalogue-source';
import type { OwnerComplaint } from '../resync/complaint';
import { findProcedures, type CarQuery, type FinderResult } from '../resync/finder';
import { MODEL_QUESTION_ID, OTHER_MODEL } from '../resync/match';
import { decodeVin, validateVin } from '../vehicle';
import { EMPTY_CHOICE, type GuideChoice } from './guide-store';
import { vinModelLookup, type VinModelLookup } from './vin-model-loader';

export interface FinderDeps {
	/** Where the catalogue's chunks come from (one make at a time). */
	readonly source: CatalogueSupply;
	/** The guide's clock (for decoding VIN model years). */
	readonly now: () => number;
	/** Told each change of the choice (the guide saves it). */
	readonly changed: () => void;
	/** The model a VIN names in NHTSA vPIC (default: the maker's file from this origin). */
	readonly vinModel?: VinModelLookup;
}

/** One lookup for the page: each maker's file is fetched once. */
let appLookup: VinModelLookup | null = null;

/** The VIN of a car query whose model is still to be named, with the model year to read it for. */
function vinToName(
	car: CarQuery | null,
	currentYear: number
): { vin: string; year: number | null } | null {
	if (car?.by === 'vin') {
		const check = validateVin(car.vin);
		return check.valid
			? { vin: check.vin, year: decodeVin(check.vin, { currentYear }).modelYear }
			: null;
	}
	if (car?.by === 'vehicle' && car.vin && car.vehicle.model === null) {
		const check = validateVin(car.vin);
		return check.valid ? { vin: check.vin, year: car.vehicle.modelYear } : null;
	}
	return null;
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The makes a car query names, as the finder will read them (none for a VIN that fails its check). */
export function makesOf(car: CarQuery | null, currentYear: number): string[] {
	if (!car) return [];
	if (car.by === 'pick') return [car.make];
	if (car.by === 'vehicle') return car.vehicle.make ? [car.vehicle.make] : [];
	const check = validateVin(car.vin);
	return check.valid ? [decodeVin(check.vin, { currentYear }).make ?? ''].filter(Boolean) : [];
}

/**
 * The finder's job in the guide: which car and key (the choice, kept with the
 * guide's progress), the candidates for it, and the catalogue they come from,
 * loaded one make's chunk at a time. The catalogue only grows: a chunk loaded
 * for one car stays (it matches no other make's car, so answers do not change).
 */
export class FinderState {
	#deps: FinderDeps;
	#choice = $state.raw<GuideChoice>(EMPTY_CHOICE);
	#catalogue = $state.raw<Catalogue | null>(null);
	/** The chunks #catalogue holds (set with it). */
	#held: readonly string[] = [];
	#failed = $state(false);
	/** The model the described car's VIN names in vPIC, once its maker's file is in. */
	#fromVin = $state.raw<{ readonly vin: string; readonly model: string } | null>(null);
	/** The VIN whose model was offered as the answer (once per car: after "Change" the owner decides). */
	#offered: string | null = null;
	#lookup: VinModelLookup;

	#result = $derived.by((): FinderResult | null => {
		const { car, answers } = this.#choice;
		const catalogue = this.#catalogue;
		if (!car || !catalogue || !this.holds(this.#carNeed(car))) return null;
		const found = findProcedures({ car, answers, currentYear: this.#year() }, catalogue);
		return this.#withVinModel(found);
	});

	constructor(deps: FinderDeps) {
		this.#deps = deps;
		this.#lookup = deps.vinModel ?? (appLookup ??= vinModelLookup());
	}

	get choice(): GuideChoice {
		return this.#choice;
	}
	/** Candidates for the car described so far; null before any, or while its chunk loads. */
	get result(): FinderResult | null {
		return this.#result;
	}
	/** The catalogue loaded so far (null before the core arrived). */
	get catalogue(): Catalogue | null {
		return this.#catalogue;
	}
	/** A car is described and its make's chunk is on its way. */
	get loading(): boolean {
		return this.#choice.car !== null && !this.#failed && this.#result === null;
	}
	/** The car's chunk could not be loaded (offline before it was ever cached). */
	get failed(): boolean {
		return this.#failed;
	}

	/** Whether the loaded catalogue answers for `need`. */
	holds(need: CatalogueNeed): boolean {
		return (
			this.#catalogue !== null &&
			this.#deps.source.chunksFor(need).every((c) => this.#held.includes(c))
		);
	}

	/**
	 * Loads what `need` calls for on top of what is loaded (at once when the
	 * source has it already built) and resolves with the catalogue holding it.
	 */
	need(need: CatalogueNeed): Promise<Catalogue> {
		const wanted = union(this.#held, this.#deps.source.chunksFor(need));
		const ready = this.#deps.source.peek(wanted);
		if (ready) {
			this.#hold(ready, wanted);
			return Promise.resolve(ready);
		}
		this.#failed = false;
		return this.#grow(wanted).catch((error: unknown) => {
			this.#failed = true;
			throw error;
		});
	}

	/** Loads `wanted`, and again with what another load added meanwhile (chunks are cached). */
	async #grow(wanted: readonly string[]): Promise<Catalogue> {
		const catalogue = await this.#deps.source.load(wanted);
		const all = union(this.#held, wanted);
		if (all.length > wanted.length) return this.#grow(all);
		this.#hold(catalogue, wanted);
		return catalogue;
	}

	/** What the current choice calls for: its car's makes and the entry chosen, and `extra` entries. */
	choiceNeed(extra: readonly (string | null)[] = []): CatalogueNeed {
		const c = this.#choice;
		return { makes: makesOf(c.car, this.#year()), entries: [c.chosen, ...extra] };
	}

	/** The choice as saved on the device (its chunks load with `need(choiceNeed())`). */
	restore(choice: GuideChoice): void {
		this.#choice = choice;
		this.#nameModel(false);
	}

	/**
	 * The car as the owner gave it. Returns null when accepted (its make's chunk
	 * then loads), else the reason in plain words (nothing changes then).
	 */
	describeCar(car: CarQuery): string | null {
		const catalogue = this.#catalogue;
		if (catalogue) {
			// Whether the car can be read at all (a VIN's check digit) needs no make's chunk.
			const found = findProcedures({ car, currentYear: this.#year() }, catalogue);
			if (!found.ok) return found.error;
		}
		this.#set({ car, answers: {}, chosen: null, keyCount: null });
		this.#loadCar();
		this.#nameModel(true);
		return null;
	}

	answer(questionId: string, optionId: string): void {
		const c = this.#choice;
		this.#set({ ...c, answers: { ...c.answers, [questionId]: optionId }, chosen: null });
	}

	unanswer(questionId: string): void {
		const c = this.#choice;
		const answers = { ...c.answers };
		delete answers[questionId];
		this.#set({ ...c, answers, chosen: null });
	}

	setComplaint(complaint: OwnerComplaint): void {
		this.#set({ ...this.#choice, complaint });
	}

	choose(id: string | null, keyCount?: number | null): void {
		this.#set({ ...this.#choice, chosen: id, keyCount: keyCount ?? this.#choice.keyCount });
	}

	reset(): void {
		this.#set(EMPTY_CHOICE);
		this.#nameModel(false);
	}

	/** Tries the car's chunk again after it failed. */
	retry(): void {
		this.#loadCar();
	}

	#loadCar(): void {
		// `failed` says when it fails; once in, the VIN's model may answer the model question.
		this.need(this.choiceNeed()).then(
			() => this.#offerModel(),
			() => undefined
		);
	}

	/**
	 * Looks up the model the described car's VIN names (NHTSA vPIC), in the
	 * background: the finder answers with make and year meanwhile. `offer`:
	 * it may then answer the model question (a car just described, not one
	 * restored or cleared).
	 */
	#nameModel(offer: boolean): void {
		const car = vinToName(this.#choice.car, this.#year());
		this.#fromVin = null;
		this.#offered = offer ? null : (car?.vin ?? null);
		if (!car) return;
		this.#lookup(car.vin, car.year).then(
			(model) => {
				if (!model || vinToName(this.#choice.car, this.#year())?.vin !== car.vin) return;
				this.#fromVin = { vin: car.vin, model };
				this.#offerModel();
			},
			() => undefined // the model question stays
		);
	}

	/**
	 * Answers "Which model is it?" with the VIN's model when the question is
	 * asked and lists that name, once per car; the owner can change it. A name
	 * the list lacks ("F-250" where it offers "F-250 Super Duty") is left to
	 * the owner, who sees it in the question's help.
	 */
	#offerModel(): void {
		const from = this.#fromVin;
		const found = this.#result;
		if (!from || this.#offered === from.vin || !found) return;
		this.#offered = from.vin;
		const { answers, chosen } = this.#choice;
		const q = found.ok ? found.nextQuestion : null;
		if (q?.id !== MODEL_QUESTION_ID || answers[MODEL_QUESTION_ID] !== undefined || chosen) return;
		const option = q.options.find((o) => o.id !== OTHER_MODEL && sameName(o.label, from.model));
		if (option) this.answer(MODEL_QUESTION_ID, option.id);
	}

	/** The model answer, when it is the one the VIN named (the answered row says so), else null. */
	get modelFromVin(): string | null {
		const from = this.#fromVin;
		const answer = this.#choice.answers[MODEL_QUESTION_ID];
		return from && answer !== undefined && sameName(answer, from.model) ? from.model : null;
	}

	/**
	 * While the model question is asked, its help names the model the VIN gave (once it is the
	 * answer, the answered row says so: `modelFromVin`). `#fromVin` always belongs to the car
	 * described now: every change of car clears it in `#nameModel`.
	 */
	#withVinModel(found: FinderResult): FinderResult {
		const from = this.#fromVin;
		if (!from || !found.ok) return found;
		const q = found.nextQuestion;
		if (q?.id !== MODEL_QUESTION_ID) return found;
		// The model as NHTSA's VIN records name it (vPIC), said plainly; where no procedure names
		// it, the one answer that fits is said too.
		const listed = q.options.some((o) => o.id !== OTHER_MODEL && sameName(o.label, from.model));
		return {
			...found,
			nextQuestion: {
				...q,
				help: listed
					? `Your VIN says: ${from.model}. Pick it below.`
					: `Your VIN says: ${from.model}, which none of FobSync’s procedures names: choose “My model is not listed”.`
			}
		};
	}

	#hold(catalogue: Catalogue, chunks: readonly string[]): void {
		this.#held = chunks;
		this.#catalogue = catalogue;
	}

	#carNeed(car: CarQuery): CatalogueNeed {
		return { makes: makesOf(car, this.#year()) };
	}

	#set(choice: GuideChoice): void {
		this.#choice = choice;
		this.#deps.changed();
	}

	#year(): number {
		return yearAt(this.#deps.now());
	}
}

/** The calendar year at `ms` (for decoding VIN model years). */
function yearAt(ms: number): number {
	return new Date(ms).getUTCFullYear();
}

/** `a` and the names of `b` it lacks. */
function union(a: readonly string[], b: readonly string[]): string[] {
	return [...a, ...b.filter((x, i) => !a.includes(x) && b.indexOf(x) === i)];
}
