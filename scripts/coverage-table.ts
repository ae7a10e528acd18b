// Writes the coverage table (makes, procedures, marks, shop jobs) into README.md
// between the coverage markers, from the make modules' data.
import { readFileSync, writeFileSync } from 'node:fs';
import { coverageMarkdown, withCoverage } from '../src/lib/resync/procedures/coverage';
import { MAKE_MODULES } from '../src/lib/resync/procedures/makes';

const path = new URL('../README.md', import.meta.url);
const before = readFileSync(path, 'utf8');
const after = withCoverage(before, coverageMarkdown(MAKE_MODULES));
if (after !== before) writeFileSync(path, after);
console.log(
	after === before ? 'README coverage table is up to date' : 'README coverage table written'
);
