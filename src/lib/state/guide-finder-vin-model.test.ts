import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixedSource } from '../resync/catalogue-source';
import { MODEL_QUESTION_ID } from '../resync/match';
import { CATALOGUE } from '../resync/test/full-catalogue';
import { decodeVin } from '../vehicle';
import { FinderState } from './guide-finder.svelte';
import { vinModelLookup, type VinModelLookup } from './vin-model-loader';

/** A 2005 Ford Focus sedan (sources in vehicle/vin-model.test.ts). */
const FOCUS_2005 = '1FAFP34N65W214191';
/** A 2023 Hyundai Kona: the catalogue's Hyundai list does not name it. */
const KONA_2023 = 'KM8K2CAB4PU001140';

const tick = () => new Promise((r) => setTimeout(r, 0));

/**
 * A finder over the whole catalogue whose VIN-model lookup the test settles by
 * hand (`held`, recording what it was asked); settling waits for the finder to take the answer.
 */
function heldFinder() {
	const asked: [string, number | null][] = [];
	let settle: (model: string | null) => void = () => undefined;
	let fail: () => void = () => undefined;
	const lookup: VinModelLookup = (vin, year) => {
		asked.push([vin, year]);
		return new Promise((resolve, reject) => {
			settle = resolve;
			fail = () => reject(new Error('offline'));
		});
	};
	const f = new FinderState({
		source: fixedSource(CATALOGUE),
		now: () => Date.UTC(2026, 0, 15),
		changed: () => undefined,
		vinModel: lookup
	});
	void f.need({});
	const held = {
		asked,
		settle: (model: string | null) => (settle(model), tick()),
		fail: () => (fail(), tick())
	};
	return { f, held };
}

describe('the model from a VIN (NHTSA vPIC)', () => {
	it('answers with make and year first, then pre-chooses the VIN’s model, which the owner can change', async () => {
		const { f, held } = heldFinder();
		expect(f.describeCar({ by: 'vin', vin: FOCUS_2005 })).toBeNull();
		await tick();
		expect(held.asked).toEqual([[FOCUS_2005, 2005]]);
		// Not delayed: the finder answers before the model file is in.
		const first = f.result;
		expect(first?.ok && first.nextQuestion?.id).toBe(MODEL_QUESTION_ID);
		expect(f.choice.answers[MODEL_QUESTION_ID]).toBeUndefined();

		await held.settle('Focus');
		expect(f.choice.answers[MODEL_QUESTION_ID]).toBe('Focus');
		const found = f.result;
		// Said once, on the answered row: not again in the note above the next question.
		expect(f.modelFromVin).toBe('Focus');
		expect(found?.ok && (found.note ?? '')).not.toMatch(/From your VIN/);
		expect(found?.ok && found.candidates.map((c) => c.id)).toContain('ford-rke-focus-4-turns');

		// "Change": the question comes back, saying what the VIN named, and is not answered again.
		f.unanswer(MODEL_QUESTION_ID);
		await tick();
		expect(f.choice.answers[MODEL_QUESTION_ID]).toBeUndefined();
		expect(f.modelFromVin).toBeNull();
		const again = f.result;
		expect(again?.ok && again.nextQuestion?.id).toBe(MODEL_QUESTION_ID);
		expect(again?.ok && again.nextQuestion?.help).toMatch(
			/^Your VIN says: Focus\. Pick it below\./
		);
	});

	it('names the model of a car the adapter read, by the VIN it reported', async () => {
		const { f, held } = heldFinder();
		const vehicle = decodeVin(FOCUS_2005, { currentYear: 2026 });
		f.describeCar({ by: 'vehicle', vehicle, vin: FOCUS_2005 });
		await held.settle('Focus');
		expect(held.asked).toEqual([[FOCUS_2005, 2005]]);
		expect(f.choice.answers[MODEL_QUESTION_ID]).toBe('Focus');
	});

	it('leaves a model the list does not name to the owner, saying it in the question', async () => {
		const { f, held } = heldFinder();
		f.describeCar({ by: 'vin', vin: KONA_2023 });
		await held.settle('Kona');
		expect(f.choice.answers[MODEL_QUESTION_ID]).toBeUndefined();
		const found = f.result;
		expect(found?.ok && found.nextQuestion?.id).toBe(MODEL_QUESTION_ID);
		expect(found?.ok && found.nextQuestion?.help).toBe(
			'Your VIN says: Kona, which none of FobSync’s procedures names: choose “My model is not listed”.'
		);
	});

	it('keeps the question as it was when the file cannot be loaded', async () => {
		const { f, held } = heldFinder();
		f.describeCar({ by: 'vin', vin: FOCUS_2005 });
		await held.fail();
		const found = f.result;
		expect(f.choice.answers[MODEL_QUESTION_ID]).toBeUndefined();
		expect(found?.ok && found.nextQuestion?.help).toBe(
			'The VIN does not tell the model of this car: pick it from the list.'
		);
	});

	it('does not overwrite an answer the owner gave meanwhile, nor name another car', async () => {
		const { f, held } = heldFinder();
		f.describeCar({ by: 'vin', vin: FOCUS_2005 });
		await tick();
		f.answer(MODEL_QUESTION_ID, 'F-150');
		await held.settle('Focus');
		expect(f.choice.answers[MODEL_QUESTION_ID]).toBe('F-150');

		const { f: g, held: late } = heldFinder();
		g.describeCar({ by: 'vin', vin: FOCUS_2005 });
		g.describeCar({ by: 'pick', make: 'Ford', model: null, year: 2005 });
		await late.settle('Focus');
		expect(g.choice.answers[MODEL_QUESTION_ID]).toBeUndefined();
	});
});

describe('vinModelLookup', () => {
	const fromDisk = (asked: string[]) => (path: string) => {
		asked.push(path);
		return Promise.resolve(
			JSON.parse(readFileSync(new URL(`../../../static${path}`, import.meta.url), 'utf8'))
		);
	};

	it('reads the maker’s committed file, once per maker', async () => {
		const asked: string[] = [];
		const lookup = vinModelLookup(fromDisk(asked));
		expect(await lookup(FOCUS_2005, 2005)).toBe('Focus');
		expect(await lookup('1FAFP34N65W214191', 2005)).toBe('Focus');
		expect(asked).toEqual(['/vin-models/1FA.json']);
	});

	it('fetches nothing for a VIN without a check digit, a year, or a file', async () => {
		const asked: string[] = [];
		const lookup = vinModelLookup(fromDisk(asked));
		expect(await lookup('1FAFP34N05W214191', 2005)).toBeNull(); // wrong check digit
		expect(await lookup(FOCUS_2005, null)).toBeNull();
		expect(await lookup('SJNFAAJ11U1234567', 2005)).toBeNull(); // SJN: no vPIC file
		expect(asked).toEqual([]);
	});

	it('tries again after a failed fetch', async () => {
		let offline = true;
		const asked: string[] = [];
		const disk = fromDisk(asked);
		const lookup = vinModelLookup((path) =>
			offline ? Promise.reject(new Error('offline')) : disk(path)
		);
		expect(await lookup(FOCUS_2005, 2005)).toBeNull();
		offline = false;
		expect(await lookup(FOCUS_2005, 2005)).toBe('Focus');
	});
});
