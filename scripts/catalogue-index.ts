// Writes src/lib/resync/catalogue-index.json: which chunk holds each make's and each
// entry's data, and the Make/Model/Year pickers' lists. Run after adding or changing
// a make (`npm run catalogue-index`); a test fails while the file is out of date.
import { readdirSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import type { CatalogueModule } from '../src/lib/resync/types';
import { MODULES } from '../src/lib/resync/catalogue-modules';
import { catalogueIndexFile } from '../src/lib/components/guide/catalogue-index-file';
import { buildCatalogue } from '../src/lib/resync/catalogue';
import { CATALOGUE_CORE, citedByCore } from '../src/lib/resync/catalogue-core';
import { coreSourcesOf } from '../src/lib/resync/catalogue-index';
import { SHARED_QUESTIONS } from '../src/lib/resync/questions';

const dir = new URL('../src/lib/resync/chunks/', import.meta.url);
const chunks = await Promise.all(
	readdirSync(dir)
		.filter((f) => f.endsWith('.ts'))
		.map(async (f) => ({
			name: f.replace(/\.ts$/, ''),
			module: ((await import(new URL(f, dir).href)) as { default: CatalogueModule }).default
		}))
);
const out = new URL('../src/lib/resync/catalogue-index.json', import.meta.url);
const text = JSON.stringify(catalogueIndexFile(chunks, MODULES));
const options = (await resolveConfig(out.pathname)) ?? {};
writeFileSync(out, await format(text, { ...options, filepath: out.pathname }));
console.log(`Wrote ${out.pathname}: ${chunks.length} chunks.`);

// The makes' documents the core cites, so the core stands without any chunk.
const sourcesOut = new URL('../src/lib/resync/catalogue-core-sources.json', import.meta.url);
const core = [...CATALOGUE_CORE.head, ...CATALOGUE_CORE.tail].filter((m) => m !== citedByCore);
const docs = coreSourcesOf(buildCatalogue(MODULES), core, SHARED_QUESTIONS);
writeFileSync(
	sourcesOut,
	await format(JSON.stringify(docs), { ...options, filepath: sourcesOut.pathname })
);
console.log(`Wrote ${sourcesOut.pathname}: ${docs.length} documents the core cites.`);
