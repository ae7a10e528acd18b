// Writes src/lib/resync/catalogue-index.json: which chunk holds each make's and each
// entry's data, and the Make/Model/Year pickers' lists. Run after adding or changing
// a make (`npm run catalogue-index`); a test fails while the file is out of date.
import { readdirSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import type { CatalogueModule } from '../src/lib/resync/types';
import { MODULES } from '../src/lib/resync/catalogue-modules';
import { catalogueIndexFile } from '../src/lib/components/guide/catalogue-index-file';

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
