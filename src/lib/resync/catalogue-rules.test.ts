import { describe, expect, it } from 'vitest';
import type { CatalogueModule, Procedure, ShopPath, Step } from './types';
import { buildCatalogue } from './catalogue';
import { checkCatalogue, findProblems } from './catalogue-check';
import { CATALOGUE_RULES, problemLine } from './catalogue-rules';
import { GENERIC_MODULE } from './procedures/generic';
import { fiatModule } from './procedures/fiat';
import { mazdaModule } from './procedures/mazda';
import { BMW_MINI_MODULE } from './procedures/bmw-mini';
import { MAKE_MODULES } from './procedures/makes';

/**
 * One small broken catalogue per rule that used to be a loop over the make
 * modules (makes.test.ts) or the catalogue (catalogue.test.ts): each proves
 * its rule fires, by id and place. catalogue.test.ts proves the real catalogue
 * breaks none of them.
 */

const fiat = fiatModule.procedures[0]!;
const fiatShop = fiatModule.shopPaths[0]!;

/** Every module, with one make's changed as given. */
function modulesWith(make: CatalogueModule, change: Partial<CatalogueModule>): CatalogueModule[] {
	const makes = MAKE_MODULES.map((m) => (m === make ? { ...m, ...change } : m));
	return [BMW_MINI_MODULE, ...makes, GENERIC_MODULE];
}

/** The problem lines of the whole catalogue with Fiat's module changed as given. */
function problems(change: Partial<CatalogueModule>): string {
	return checkCatalogue(buildCatalogue(modulesWith(fiatModule, change))).join('\n');
}
const withFiat = (p: Partial<Procedure>) => problems({ procedures: [{ ...fiat, ...p }] });

describe('the rule table', () => {
	it('gives every rule a stable dotted id and one line saying what it refuses', () => {
		for (const [id, line] of Object.entries(CATALOGUE_RULES)) {
			expect(id).toMatch(/^[a-z]+(-[a-z]+)*\.[a-z]+(-[a-z]+)*$/);
			expect(line, id).toMatch(/^\S.{15,}\.$/);
		}
	});

	it('prints a problem as "[rule-id] where problem."', () => {
		const broken = findProblems(
			buildCatalogue(modulesWith(fiatModule, { procedures: [{ ...fiat, maxKeys: 0 }] }))
		).find((p) => p.rule === 'procedure.max-keys-invalid')!;
		expect(problemLine(broken)).toBe(
			'[procedure.max-keys-invalid] procedure "fiat-roof-button-code" has an invalid maxKeys.'
		);
	});

	it("the whole catalogue with Fiat's module as it is breaks no rule (so each test below shows only its own)", () => {
		expect(problems({})).toBe('');
	});
});

describe('sources: named, findable, used', () => {
	it('a short title, a title naming our files, no address, an address that is not a web one, an unused entry', () => {
		const text = problems({
			sources: [
				...fiatModule.sources,
				{ id: 'short', title: 'A forum post', kind: 'community', url: 'https://x.example/a' },
				{
					id: 'ours',
					title: 'What docs/resync.md says about remotes',
					kind: 'community',
					url: 'https://x.example/b'
				},
				{ id: 'nowhere', title: 'An owner thread about Fiat remotes', kind: 'community' },
				{
					id: 'not-web',
					title: 'An owner thread about Fiat remotes, again',
					kind: 'community',
					url: 'ftp://x.example/c'
				},
				{ id: 'numbered', title: 'North American Motoring forum, thread 123456', kind: 'community' }
			],
			procedures: [
				{ ...fiat, sources: [...fiat.sources, 'short', 'ours', 'nowhere', 'not-web', 'numbered'] }
			]
		});
		expect(text).toMatch(/^\[source\.title-short\] source "short"/m);
		expect(text).toMatch(/^\[source\.title-names-file\] source "ours"/m);
		expect(text).toMatch(/^\[source\.no-address\] source "nowhere"/m);
		expect(text).toMatch(/^\[source\.no-address\] source "not-web"/m);
		expect(text).not.toMatch(/source "numbered"/);
		const uncited = {
			id: 'uncited',
			title: 'An owner thread about Fiat remotes nobody cites',
			kind: 'community' as const,
			url: 'https://x.example/d'
		};
		expect(problems({ sources: [...fiatModule.sources, uncited] })).toBe(
			'[source.unused] source "uncited" is cited by nothing.'
		);
	});
});

describe('words on the screen', () => {
	it('a research reference or a confidence code on a screen, and the other spelling', () => {
		const text = withFiat({
			title: 'Remote code entry (P45)',
			summary: 'Teaches the remote [S] without the immobilizer.'
		});
		expect(text).toMatch(/^\[words\.internal\] procedure "fiat-roof-button-code" shows "P45"/m);
		expect(text).toMatch(/^\[words\.internal\] procedure "fiat-roof-button-code" shows "\[S\]"/m);
		expect(text).toMatch(/^\[words\.spelling\] procedure "fiat-roof-button-code" spells/m);
		// Ids and references are not shown: the procedure's own ref "P45" breaks nothing.
		expect(withFiat({ ref: 'P45' })).toBe('');
	});
});

describe('procedures: explained, confirmed, restartable', () => {
	it('a U mark nobody explains', () => {
		expect(withFiat({ confidence: 'U', confidenceNote: undefined, warnings: [] })).toMatch(
			/^\[procedure\.u-unexplained\] procedure "fiat-roof-button-code"/m
		);
		expect(
			withFiat({ confidence: 'U', confidenceNote: 'One FAQ; owners disagree on timing.' })
		).toBe('');
	});

	it('a most-keys figure its sentence words another way', () => {
		const max = {
			text: 'The car holds at most 3 remotes.',
			confidence: 'S' as const,
			sources: ['fiatforum-bravo-faq']
		};
		expect(withFiat({ maxKeys: 4, keySession: { ...fiat.keySession, maxKeys: max } })).toMatch(
			/^\[procedure\.max-keys-words\] procedure "fiat-roof-button-code" gives maxKeys 4/m
		);
	});

	it('a key that ends on an action after its confirming question', () => {
		const last: Step = { kind: 'action', id: 'after', title: 'Close the door' };
		expect(withFiat({ perKey: [...fiat.perKey, last] })).toMatch(
			/^\[procedure\.last-not-confirming\] procedure "fiat-roof-button-code" ends each key on step "after"/m
		);
	});

	it('a window whose words are too short, and one that restarts after the step that opens it', () => {
		const [first, ...rest] = fiat.perKey;
		const opener = rest.find((s) => s.opens?.length)!;
		const w = opener.opens![0]!;
		const text = withFiat({
			perKey: [
				first!,
				...rest.map((s) =>
					s === opener
						? { ...s, opens: [{ ...w, from: 'Go', missed: 'Missed.', restartAt: 'confirmed' }] }
						: s
				)
			]
		});
		expect(text).toMatch(new RegExp(`^\\[window\\.no-wording\\] .*window "${w.id}"`, 'm'));
		expect(text).toMatch(
			new RegExp(
				`^\\[window\\.restart-after-opener\\] .*window "${w.id}" restarts at "confirmed"`,
				'm'
			)
		);
	});

	it('a variant that does not say in a sentence what differs', () => {
		const variant = { ...fiat, id: 'fiat-variant', differs: 'Slower.', variants: undefined };
		const { ref: _ref, applies: _applies, ifItFails: _fails, ...run } = variant;
		expect(withFiat({ variants: [run] })).toMatch(
			/^\[variant\.no-differs\] variant "fiat-variant"/m
		);
	});
});

describe('the way out when the home attempt stops', () => {
	it('no research reference, no shop path, a shop path for other makes', () => {
		expect(withFiat({ ref: 'fiat' })).toMatch(
			/^\[procedure\.no-ref\] procedure "fiat-roof-button-code"/m
		);
		expect(withFiat({ ifItFails: [] })).toMatch(
			/^\[procedure\.no-if-it-fails\] procedure "fiat-roof-button-code"/m
		);
		const elsewhere: ShopPath = {
			...fiatShop,
			id: 'volvo-only',
			applies: { makes: ['Volvo'], exclusions: [] }
		};
		expect(
			problems({
				shopPaths: [fiatShop, elsewhere],
				procedures: [{ ...fiat, ifItFails: ['volvo-only'] }]
			})
		).toMatch(
			/^\[procedure\.if-it-fails-other-make\] procedure "fiat-roof-button-code" sends a failed attempt to shop path "volvo-only"/m
		);
	});

	it('a shop path offered only after a failure that only an answer reaches, not ifItFails', () => {
		// The check once accepted an answer ending there; the type says ifItFails names it.
		const after: ShopPath = { ...fiatShop, id: 'fiat-after', onlyAfterFailure: true };
		const ask: Step = {
			kind: 'question',
			id: 'ask',
			title: 'Is the light on?',
			answers: [
				{ label: 'Yes', outcome: { to: 'next' } },
				{ label: 'No', outcome: { to: 'shop', shopPath: 'fiat-after' } }
			]
		};
		expect(
			problems({
				shopPaths: [fiatShop, after],
				procedures: [{ ...fiat, setup: [ask, ...fiat.setup] }]
			})
		).toMatch(/^\[shop\.only-after-failure-unused\] shop path "fiat-after"/m);
	});

	it('a shop path that does not say to bring the VIN and the report, or what to ask for', () => {
		const text = problems({
			shopPaths: [{ ...fiatShop, bring: ['Every key you have'], askFor: 'The remote.' }]
		});
		expect(text).toMatch(/^\[shop\.bring-missing\] shop path "fiat-shop"/m);
		expect(text).toMatch(/^\[shop\.no-ask-for\] shop path "fiat-shop"/m);
	});
});

describe('procedures that need working keys', () => {
	const mazda = mazdaModule.procedures.find((p) => p.workingKeysNeeded === 2)!;
	const withMazda = (p: Partial<Procedure>, shopPaths = mazdaModule.shopPaths) =>
		checkCatalogue(
			buildCatalogue(
				modulesWith(mazdaModule, {
					procedures: mazdaModule.procedures.map((x) => (x === mazda ? { ...mazda, ...p } : x)),
					shopPaths
				})
			)
		).join('\n');

	it('the Mazda procedure as it is breaks no rule', () => {
		expect(withMazda({})).toBe('');
	});

	it('selecting cars whose owner has too few working keys', () => {
		expect(
			withMazda({ applies: { ...mazda.applies, answers: { 'working-keys': ['1', '2+'] } } })
		).toMatch(new RegExp(`^\\[working-keys\\.answer\\] procedure "${mazda.id}"`, 'm'));
	});

	it('not asking first whether the keys are at hand', () => {
		expect(withMazda({ setup: mazda.setup.slice(1) })).toMatch(
			new RegExp(`^\\[working-keys\\.first-step\\] procedure "${mazda.id}"`, 'm')
		);
	});

	it('sending an owner with too few keys to a shop path not made for that', () => {
		const first = mazda.setup[0]!;
		if (first.kind !== 'question') throw new Error('the Mazda procedure asks first');
		const no = first.answers.find((a) => a.outcome.to === 'shop')!;
		const target = no.outcome.to === 'shop' ? no.outcome.shopPath : '';
		const shops = mazdaModule.shopPaths.map((s) =>
			s.id === target ? { ...s, applies: { ...s.applies, answers: { 'working-keys': ['0'] } } } : s
		);
		expect(withMazda({}, shops)).toMatch(
			new RegExp(`^\\[working-keys\\.shop\\] procedure "${mazda.id}"`, 'm')
		);
	});
});
