// Writes the coverage table (makes, procedures, marks, shop jobs) into README.md
// between the coverage markers, from the resync catalogue's data.
import { readFileSync, writeFileSync } from 'node:fs';
import { MODULES } from '../src/lib/resync/catalogue-modules';
import { buildCatalogue } from '../src/lib/resync/catalogue';
import { coverageMarkdown, withCoverage } from '../src/lib/resync/procedures/coverage';

// Every module: the scripts read the whole catalogue (the app loads it one chunk at a time).
const CATALOGUE = buildCatalogue(MODULES);

const path = new URL('../README.md', import.meta.url);
const before = readFileSync(path, 'utf8');
const after = withCoverage(before, coverageMarkdown(CATALOGUE));
if (after !== before) writeFileSync(path, after);
console.log(
	after === before ? 'README coverage table is up to date' : 'README coverage table written'
);
