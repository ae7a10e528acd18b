/**
 * Which button a repeat step counts, read from its unit as the procedure data
 * words it ("press of LOCK" counts presses of Lock), or null when the step
 * counts something else (turns of a key, …). The practice car's presses count
 * only on such a step.
 */
export function countedButton(unit: string): string | null {
	const named = /^press(?:es)? of (\w+)/i.exec(unit.trim());
	return named ? named[1]!.toLowerCase() : null;
}
