import { WMI_TABLE } from '../vehicle';

/**
 * Make names as the catalogue spells them. The WMI table names some makes with
 * a qualifier ("Ford (SUV)", "BMW M") or a pair ("Opel / Vauxhall"); the guide
 * matches on the plain make, so both are reduced here.
 */

/** Sub-brands that share their parent's key systems and procedures. */
const ALIASES: Readonly<Record<string, string>> = {
	'bmw m': 'BMW',
	'bmw i': 'BMW',
	'audi sport': 'Audi',
	'volkswagen commercial vehicles': 'Volkswagen'
};

/**
 * The plain make names a maker string stands for:
 * "Ford (SUV)" → ["Ford"], "Opel / Vauxhall" → ["Opel", "Vauxhall"], "BMW M" → ["BMW"].
 */
export function canonicalMakes(name: string | null | undefined): string[] {
	if (!name) return [];
	const out: string[] = [];
	for (const part of name.replace(/\([^)]*\)/g, '').split('/')) {
		const plain = part.trim().replace(/\s+/g, ' ');
		if (!plain) continue;
		const make = ALIASES[plain.toLowerCase()] ?? plain;
		if (!out.some((m) => sameMake(m, make))) out.push(make);
	}
	return out;
}

// One collator each, made once: `localeCompare` with a locale builds a collator on every call,
// which made the guide's make lists cost a phone a long task (same order and matches).
const BASE_LETTERS = /* @__PURE__ */ new Intl.Collator('en', { sensitivity: 'base' });
/** English alphabetical order, for sorting make names. */
export const byName = /* @__PURE__ */ new Intl.Collator('en').compare;

/** Case-insensitive make comparison ("MINI" = "Mini"). */
export function sameMake(a: string, b: string): boolean {
	return BASE_LETTERS.compare(a, b) === 0;
}

/** Every plain make the WMI table knows, sorted. */
export function wmiMakes(): string[] {
	const all = new Set<string>();
	for (const entry of Object.values(WMI_TABLE))
		for (const m of canonicalMakes(entry.make)) all.add(m);
	return [...all].sort(byName);
}
