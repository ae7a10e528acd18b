/**
 * Make names as the catalogue spells them, from the names the WMI table and the
 * make picker use. The WMI table carries details after the make ("Ford (truck)",
 * "Mercedes-Benz (SUV)", "BMW M") and a few shared rows ("Nissan / Infiniti");
 * the catalogue's `applies.makes` uses one plain name per make.
 */

const ALIASES: Readonly<Record<string, string>> = {
	'bmw m': 'BMW',
	'bmw i': 'BMW',
	'audi sport': 'Audi',
	'volkswagen commercial vehicles': 'Volkswagen',
	vw: 'Volkswagen',
	mercedes: 'Mercedes-Benz',
	'mercedes benz': 'Mercedes-Benz',
	citroen: 'Citroën',
	skoda: 'Škoda',
	chevy: 'Chevrolet'
};

/**
 * The catalogue make names behind one make label: "Ford (truck)" → ["Ford"],
 * "Nissan / Infiniti (SUV)" → ["Nissan", "Infiniti"], "BMW M" → ["BMW"].
 */
export function canonicalMakes(label: string): string[] {
	const withoutNote = label.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
	const parts = withoutNote
		.split('/')
		.map((p) => p.trim())
		.filter((p) => p.length > 0);
	const out: string[] = [];
	for (const part of parts) {
		const name = ALIASES[part.toLowerCase()] ?? part;
		if (!out.includes(name)) out.push(name);
	}
	return out;
}

/** Whether a make label (from the VIN or the picker) names one of `makes`. */
export function makeMatches(label: string, makes: readonly string[]): boolean {
	const wanted = new Set(makes.map((m) => m.toLowerCase()));
	return canonicalMakes(label).some((m) => wanted.has(m.toLowerCase()));
}
