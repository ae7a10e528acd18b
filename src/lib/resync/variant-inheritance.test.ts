import { describe, expect, it } from 'vitest';
import type { Procedure, VariantSpec } from './types';
import { CATALOGUE } from './test/full-catalogue';
import { definitionOf, inheritVariant, withVariants } from './engine-definition';
import { createEngine } from './engine';

/** A real procedure to inherit from: the first MINI's 3-button initialisation. */
const parent: Procedure = CATALOGUE.procedure('mini-r5x-3-button')!.procedure;

const spec: VariantSpec = {
	id: 'toy-variant',
	title: 'The same, slower',
	differs: 'Slower.',
	confidence: 'U',
	sources: ['nam-keys-opposite-order']
};

describe('a variant lists only what differs from its parent', () => {
	it('takes every other field from the parent', () => {
		const v = inheritVariant(parent, spec);
		for (const field of [
			'summary',
			'programs',
			'difficulty',
			'maxKeys',
			'keySession',
			'workingKeysNeeded',
			'prerequisites',
			'warnings',
			'setup',
			'perKey',
			'finish'
		] as const)
			expect(v[field], field).toEqual(parent[field]);
	});

	it('never takes its mark, note or sources from the parent, nor what only a procedure has', () => {
		const v = inheritVariant(parent, spec);
		expect(parent.confidenceNote).toBeDefined();
		expect(v).toMatchObject({ id: 'toy-variant', title: 'The same, slower', confidence: 'U' });
		expect(v.sources).toEqual(['nam-keys-opposite-order']);
		for (const field of ['confidenceNote', 'applies', 'ref', 'ifItFails', 'variants'])
			expect(v, field).not.toHaveProperty(field);
	});

	it('keeps what it gives', () => {
		const perKey = parent.perKey.slice(0, 1);
		const v = inheritVariant(parent, { ...spec, perKey, maxKeys: 2, keyOrder: 'reverse' });
		expect(v.perKey).toEqual(perKey);
		expect(v.maxKeys).toBe(2);
		expect(v.keyOrder).toBe('reverse');
		expect(v.setup).toEqual(parent.setup);
	});

	it('withVariants completes each variant of a procedure', () => {
		const p = withVariants({ ...parent, id: 'toy' }, [spec, { ...spec, id: 'toy-2' }]);
		expect(p.variants!.map((v) => v.id)).toEqual(['toy-variant', 'toy-2']);
		expect(p.variants!.every((v) => v.perKey === parent.perKey)).toBe(true);
	});

	it('the MINI reverse-order variant, written without steps, runs the parent’s steps with the keys reversed', () => {
		const id = 'mini-r5x-3-button-reverse-order';
		expect(definitionOf(parent, id).perKey).toEqual(parent.perKey);
		const engine = createEngine(parent, CATALOGUE);
		const plan = { keys: [{ label: 'Key 1' }, { label: 'Key 2' }] };
		const main = engine.start(plan, 0);
		const reversed = engine.start(plan, 0, { variantId: id });
		expect(reversed.order).toEqual([1, 0]);
		expect(engine.view(reversed, 0).step?.id).toBe(engine.view(main, 0).step?.id);
	});
});
