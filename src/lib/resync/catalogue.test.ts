import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CatalogueModule, Procedure } from './types';
import { buildCatalogue, CatalogueError } from './catalogue';
import { CATALOGUE } from './test/full-catalogue';
import { checkCatalogue } from './catalogue-check';
import { GENERIC_MODULE } from './procedures/generic';
import { BMW_MINI_MODULE } from './procedures/bmw-mini';

/**
 * Data tests over the whole catalogue, so every make file (including ones
 * added later) is held to the same rules.
 */

describe('the catalogue keeps its rules', () => {
	// Every rule of catalogue-rules.ts, each proved to fire by a broken catalogue
	// (below, catalogue-rules.test.ts, model-marks, reading-time, engine-step-options).
	it('no problems in any module: every rule of catalogue-rules.ts holds', () => {
		expect(checkCatalogue(CATALOGUE)).toEqual([]);
	});

	it("the app's catch-all shop path is the general one", () => {
		expect(CATALOGUE.fallback.id).toBe('no-owner-procedure');
		expect(CATALOGUE.fallback.applies.makes).toEqual([]);
	});

	it('lookups find procedures, variants, shop paths, questions and sources', () => {
		expect(CATALOGUE.procedure('mini-r5x-3-button')?.variant).toBeNull();
		expect(CATALOGUE.procedure('mini-r5x-3-button-open-door')?.procedure.id).toBe(
			'mini-r5x-3-button'
		);
		expect(CATALOGUE.procedure('mini-cas-keys')).toBeNull();
		expect(CATALOGUE.shopPath('mini-cas-keys')?.title).toMatch(/shop tool/);
		expect(CATALOGUE.shopPath('mini-r5x-3-button')).toBeNull();
		expect(CATALOGUE.question('mini-key-buttons')?.options.map((o) => o.picture)).toEqual([
			'mini-key-2-button',
			'mini-key-3-button',
			'mini-key-slot'
		]);
		expect(CATALOGUE.source('bentley-bmw-remote-my2000')?.url).toMatch(/bentleypublishers/);
		expect(CATALOGUE.source('nope')).toBeNull();
	});
});

// The start-to-finish runs of every procedure and variant are in catalogue-runs.test.ts.

describe('docs/resync.md', () => {
	it('the MINI and BMW limits counted from a turn of the key start at Go, before the key moves', () => {
		const opened: string[] = [];
		for (const p of BMW_MINI_MODULE.procedures) {
			for (const def of [p, ...(p.variants ?? [])]) {
				for (const s of [...def.setup, ...def.perKey, ...def.finish]) {
					for (const w of s.opens ?? []) {
						if (w.id !== 'position-to-off' && w.id !== 'press-within-10') continue;
						opened.push(`${def.id}/${w.id}`);
						expect(s.doneLabel, `${def.id}/${s.id}`).toBe('Go');
						expect(w.startsOn).toBe('done');
						expect(w.from).toMatch(/^when you tapped Go, just before you turned the key/);
					}
				}
			}
		}
		// Five MINI 3-button runs, two BMW runs, the 3-button run offered last to 2-button keys; two MINI 2-button runs.
		expect(opened.filter((x) => x.endsWith('position-to-off'))).toHaveLength(8);
		expect(opened.filter((x) => x.endsWith('press-within-10'))).toHaveLength(2);
	});

	it('lists every BMW / MINI and generic source the data cites, with its address', () => {
		const doc = readFileSync(new URL('../../../docs/resync.md', import.meta.url), 'utf8');
		for (const s of [...BMW_MINI_MODULE.sources, ...GENERIC_MODULE.sources]) {
			expect(doc, s.id).toContain(`\`${s.id}\``);
			if (s.url) expect(doc, s.id).toContain(s.url);
		}
	});

	it('the reverse-order report is named by its thread', () => {
		// That source titles name no file of ours is the rule source.title-names-file.
		// The reverse-order report names its thread, not "posts we could not find again".
		expect(CATALOGUE.sources.get('forum-reports-unlocated')).toBeUndefined();
		expect(CATALOGUE.sources.get('nam-keys-opposite-order')?.title).toMatch(/thread 259176/);
	});
});

describe('the checks catch broken data', () => {
	const base = BMW_MINI_MODULE.procedures[0]!;

	function brokenModule(p: Procedure): CatalogueModule {
		return { sources: BMW_MINI_MODULE.sources, procedures: [p], shopPaths: [], questions: [] };
	}

	it('an unknown source, a bad restart step, a window opened nowhere, a missing question', () => {
		const broken: Procedure = {
			...base,
			id: 'broken',
			variants: [],
			sources: ['no-such-document'],
			applies: { ...base.applies, answers: { 'no-such-question': ['x'] } },
			setup: [
				{
					kind: 'action',
					id: 'a',
					title: 'A',
					within: ['never-opened'],
					opens: [
						{
							id: 'w',
							maxSeconds: 5,
							from: 'x',
							startsOn: 'done',
							missed: 'y',
							restartAt: 'nowhere',
							confidence: 'C',
							sources: []
						}
					]
				}
			]
		};
		const problems = checkCatalogue(buildCatalogue([brokenModule(broken), GENERIC_MODULE]));
		const text = problems.join('\n');
		expect(text).toMatch(
			/^\[source\.unknown\] procedure "broken" cites unknown source "no-such-document"/m
		);
		expect(text).toMatch(
			/^\[window\.restart-unknown\] .*window "w" restarts at unknown step "nowhere"/m
		);
		expect(text).toMatch(
			/^\[step\.within-not-opened\] .*step "a" is within window "never-opened"/m
		);
		expect(text).toMatch(
			/^\[answer\.unknown-question\] procedure "broken" needs an answer to unknown question "no-such-question"/m
		);
		expect(text).toMatch(/^\[source\.none\] .*window "w" cites no source/m);
	});

	it('a maximum without its source, a mark without a source, no confirming question', () => {
		const broken: Procedure = {
			...base,
			id: 'broken-2',
			variants: [],
			keySession: {},
			perKey: [{ kind: 'action', id: 'p', title: 'Press', confidence: 'U' }]
		};
		const text = checkCatalogue(buildCatalogue([brokenModule(broken), GENERIC_MODULE])).join('\n');
		expect(text).toMatch(/^\[procedure\.max-keys-unsourced\] procedure "broken-2"/m);
		expect(text).toMatch(/^\[mark\.without-source\] procedure "broken-2", step "p"/m);
		expect(text).toMatch(/^\[procedure\.no-confirming-question\] procedure "broken-2"/m);
	});

	it('a window without a figure whose words describe a miss, and a step that does not say "no time"', () => {
		// The MINI 2-button data before this check covered it: "briefly" has no figure.
		const two = BMW_MINI_MODULE.procedures.find((p) => p.id === 'mini-r5x-2-button-quick')!;
		/** The 2-button data with the "briefly" window's missed words replaced. */
		const withMissed = (p: Procedure, missed: string): Procedure => ({
			...p,
			perKey: p.perKey.map((s) =>
				s.id === 'ign-on' ? { ...s, opens: s.opens!.map((w) => ({ ...w, missed })) } : s
			)
		});
		const asBefore: Procedure = withMissed(
			{
				...two,
				id: 'broken-3',
				variants: [],
				perKey: two.perKey.map((s) =>
					s.id === 'ign-off'
						? // A step whose tap starts no countdown must say that the source gives no time.
							{
								...s,
								detail: 'Straight away. The next step must follow within 10 seconds.',
								opens: []
							}
						: s
				)
			},
			'The key stayed at position 2 too long.'
		);
		const text = checkCatalogue(buildCatalogue([brokenModule(asBefore), GENERIC_MODULE])).join(
			'\n'
		);
		expect(text).toMatch(
			/^\[window\.untimed-no-time-words\] .*step "ign-on", window "position-2-briefly" has no figure/m
		);
		expect(text).toMatch(
			/^\[step\.untimed-detail\] .*step "ign-off" is guarded only by windows without a figure/m
		);
		const sayingNoTime = withMissed(asBefore, 'No time is given, but more than 10 seconds passed.');
		expect(
			checkCatalogue(buildCatalogue([brokenModule(sayingNoTime), GENERIC_MODULE])).join('\n')
		).toMatch(/^\[window\.untimed-describes-miss\] .*window "position-2-briefly"/m);
	});

	it('a countdown that starts when the step it times appears (reading counts against it)', () => {
		const broken: Procedure = {
			...base,
			id: 'broken-4',
			variants: [],
			setup: [
				{
					kind: 'repeat',
					id: 'presses',
					title: 'Press LOCK 3 times within 10 seconds',
					times: 3,
					unit: 'press',
					opens: [
						{
							id: 'presses',
							maxSeconds: 10,
							from: 'this step',
							startsOn: 'enter',
							missed: 'More than 10 seconds passed.',
							restartAt: 'presses',
							confidence: 'C',
							sources: ['axleaddict-mini-remote']
						}
					],
					within: ['presses'],
					closes: ['presses']
				}
			]
		};
		const text = checkCatalogue(buildCatalogue([brokenModule(broken), GENERIC_MODULE])).join('\n');
		expect(text).toMatch(
			/^\[window\.reading-counts\] .*step "presses", window "presses" starts when the step it times appears/m
		);
	});

	it('a window that says it counts from Go without a Go, and a Go whose window does not say so', () => {
		// The MINI 3-button data before Go: the 5 s opened on the Done of "Turn the key to
		// position 1", tapped after the turn. Here with a "from" that claims Go, and the reverse.
		const three = BMW_MINI_MODULE.procedures.find((p) => p.id === 'mini-r5x-3-button')!;
		const withIgnOn = (change: (s: Procedure['setup'][number]) => object): Procedure => ({
			...three,
			id: 'broken-5',
			variants: [],
			setup: three.setup.map((s) => (s.id === 'ign-on' ? ({ ...s, ...change(s) } as typeof s) : s))
		});
		const noGo = withIgnOn(() => ({ doneLabel: undefined }));
		const text = checkCatalogue(buildCatalogue([brokenModule(noGo), GENERIC_MODULE])).join('\n');
		expect(text).toMatch(
			/^\[window\.go-without-button\] .*step "ign-on", window "position-to-off" says it counts from Go/m
		);
		const silentGo = withIgnOn((s) => ({
			opens: s.opens!.map((w) => ({ ...w, from: 'after you turn the key to position 1' }))
		}));
		expect(
			checkCatalogue(buildCatalogue([brokenModule(silentGo), GENERIC_MODULE])).join('\n')
		).toMatch(/^\[window\.go-not-worded\] .*window "position-to-off" opens on Go/m);
		const onEnter = withIgnOn((s) => ({
			opens: s.opens!.map((w) => ({ ...w, startsOn: 'enter' }))
		}));
		expect(
			checkCatalogue(buildCatalogue([brokenModule(onEnter), GENERIC_MODULE])).join('\n')
		).toMatch(/^\[window\.go-not-on-tap\] .*window "position-to-off"/m);
	});

	it('procedures, variants and shop paths share one id space when the catalogue is built', () => {
		const proc = BMW_MINI_MODULE.procedures[0]!;
		const shop = GENERIC_MODULE.shopPaths.find((s) => s.fallback)!;
		const extra = (m: Partial<CatalogueModule>): CatalogueModule => ({
			sources: [],
			procedures: [],
			shopPaths: [],
			...m
		});
		// A shop path named like a procedure, and a variant named like a shop path.
		const likeProcedure = extra({ shopPaths: [{ ...shop, id: proc.id, fallback: false }] });
		expect(() => buildCatalogue([BMW_MINI_MODULE, GENERIC_MODULE, likeProcedure])).toThrow(
			`Duplicate shop path id "${proc.id}".`
		);
		const variantLikeShop = extra({
			procedures: [{ ...proc, id: 'other', variants: [{ ...proc.variants![0]!, id: shop.id }] }]
		});
		expect(() => buildCatalogue([GENERIC_MODULE, variantLikeShop])).toThrow(
			`Duplicate variant id "${shop.id}".`
		);
		const twoFallbacks = extra({ shopPaths: [{ ...shop, id: 'second-fallback' }] });
		expect(() => buildCatalogue([GENERIC_MODULE, twoFallbacks])).toThrow(/found 2/);
		// Lookups keep the kinds apart.
		const c = buildCatalogue([BMW_MINI_MODULE, GENERIC_MODULE]);
		expect(c.procedure(shop.id)).toBeNull();
		expect(c.shopPath(proc.id)).toBeNull();
	});

	it('duplicate ids and a missing fallback are refused when the catalogue is built', () => {
		expect(() => buildCatalogue([BMW_MINI_MODULE, BMW_MINI_MODULE, GENERIC_MODULE])).toThrow(
			CatalogueError
		);
		expect(() => buildCatalogue([BMW_MINI_MODULE])).toThrow(/fallback/);
		const twin = {
			...GENERIC_MODULE,
			shopPaths: [],
			sources: [{ ...GENERIC_MODULE.sources[0]!, title: 'Another title' }]
		};
		expect(() => buildCatalogue([GENERIC_MODULE, twin])).toThrow(/two different documents/);
	});
});
