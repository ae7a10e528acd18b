import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CatalogueModule, GuideQuestion } from './types';
import { buildCatalogue } from './catalogue';
import { MODULES } from './catalogue-modules';
import { CATALOGUE } from './test/full-catalogue';
import { SHARED_QUESTIONS } from './questions';
import { verdictFor } from './verdict';
import { GENERIC_MODULE } from './procedures/generic';
import { BMW_MINI_MODULE } from './procedures/bmw-mini';

/*
 * Questions carry what the verdict says about them as data (headline, action
 * label, whether an answer is the key's history, a shop headline per answer),
 * so the generic core names no make's question and a new make's question is
 * worded by its own module.
 */

/** Ids of the questions a make module brings (not the shared core's). */
const makeQuestionIds = MODULES.flatMap((m) => m.questions ?? []).map((q) => q.id);

const source = (file: string) => readFileSync(new URL(file, import.meta.url), 'utf8');

/** The quoted ids in `text` among `ids`. */
const named = (text: string, ids: readonly string[]) =>
	ids.filter((id) => [`'${id}'`, `"${id}"`, `\`${id}\``].some((q) => text.includes(q)));

describe('the generic core names no make-specific question', () => {
	it('make modules bring questions (the MINI key question among them)', () => {
		expect(makeQuestionIds).toContain('mini-key-buttons');
		expect(makeQuestionIds.length).toBeGreaterThanOrEqual(3);
	});

	it.each(['./verdict.ts', './questions.ts', './finder.ts', './match.ts'])(
		'%s names no make module’s question id',
		(file) => {
			expect(named(source(file), makeQuestionIds)).toEqual([]);
		}
	);

	it('verdict.ts names no question id at all: what it says comes from the question', () => {
		expect(
			named(
				source('./verdict.ts'),
				CATALOGUE.questions.map((q) => q.id)
			)
		).toEqual([]);
	});

	it('the shared questions hold no make module’s question', () => {
		expect(SHARED_QUESTIONS.map((q) => q.id).filter((id) => makeQuestionIds.includes(id))).toEqual(
			[]
		);
	});

	it('the first MINI’s key question is still asked first for a MINI of unknown build month', () => {
		const v = verdictFor(
			{ report: null, car: { by: 'vin', vin: 'WMWRE33455TD12345' }, currentYear: 2025 },
			CATALOGUE
		);
		expect(v.finder?.nextQuestion?.id).toBe('mini-key-buttons');
		expect(v).toMatchObject({
			headline: 'Tell us which key you have',
			action: { kind: 'identify-key', label: 'Identify your key' }
		});
	});
});

describe('a make’s own question words the verdict', () => {
	const fob: GuideQuestion = {
		id: 'toy-fob-shape',
		prompt: 'Is your remote a flip key?',
		headline: 'Tell us what your remote looks like',
		actionLabel: 'Pick your remote',
		options: [
			{ id: 'flip', label: 'A flip key', short: 'flip key' },
			{
				id: 'card',
				label: 'A card',
				shopHeadline: 'A card remote for this car needs a shop — here is what to ask for'
			}
		],
		sources: []
	};
	const mini = CATALOGUE.procedure('mini-r5x-3-button')!.procedure;
	const shop = BMW_MINI_MODULE.shopPaths[0]!;
	const toy: CatalogueModule = {
		sources: BMW_MINI_MODULE.sources,
		procedures: [
			{
				...mini,
				id: 'toy-flip',
				applies: { ...mini.applies, answers: { [fob.id]: ['flip'] } },
				variants: []
			}
		],
		shopPaths: [
			{
				...shop,
				id: 'toy-card-shop',
				applies: { ...mini.applies, answers: { [fob.id]: ['card'] } },
				onlyAfterFailure: false,
				anyCarOfMake: false
			}
		],
		questions: [fob]
	};
	const catalogue = buildCatalogue([toy, GENERIC_MODULE]);
	const car = { by: 'vin', vin: 'WMWRE33455TD12345' } as const;
	const verdict = (answers = {}) =>
		verdictFor({ report: null, car, answers, currentYear: 2025 }, catalogue);

	it('asks it with its own headline and button', () => {
		expect(verdict()).toMatchObject({
			kind: 'identify-key',
			headline: 'Tell us what your remote looks like',
			action: { kind: 'identify-key', questionId: fob.id, label: 'Pick your remote' }
		});
	});

	it('names the answer in the home headline, and an answer’s own shop headline', () => {
		expect(verdict({ [fob.id]: 'flip' }).headline).toMatch(/^Home resync possible: .*, flip key$/);
		expect(verdict({ [fob.id]: 'card' })).toMatchObject({
			kind: 'shop',
			headline: 'A card remote for this car needs a shop — here is what to ask for'
		});
	});
});
