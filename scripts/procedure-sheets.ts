// Writes one Markdown sheet per procedure, and their index, into docs/procedures/
// from the resync catalogue's data; removes sheets whose procedure is gone.
import { mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { MODULES } from '../src/lib/resync/catalogue-modules';
import { buildCatalogue } from '../src/lib/resync/catalogue';
import { allSheets, SHEETS_DIR } from '../src/lib/resync/procedures/sheet';

// Every module: the scripts read the whole catalogue (the app loads it one chunk at a time).
const CATALOGUE = buildCatalogue(MODULES);

function readOrNull(path: URL): string | null {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return null; // a new procedure: no sheet yet
	}
}

const dir = new URL(`../${SHEETS_DIR}/`, import.meta.url);
mkdirSync(dir, { recursive: true });
const files = allSheets(CATALOGUE);
let changed = 0;
for (const [name, text] of files) {
	const path = new URL(name, dir);
	if (readOrNull(path) !== text) {
		writeFileSync(path, text);
		changed++;
	}
}
for (const name of readdirSync(dir)) {
	if (name.endsWith('.md') && !files.has(name)) {
		unlinkSync(new URL(name, dir));
		changed++;
	}
}
console.log(
	changed === 0
		? `${files.size} procedure sheets are up to date`
		: `${changed} of ${files.size} procedure sheets written or removed`
);
