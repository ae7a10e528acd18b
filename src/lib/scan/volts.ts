// The adapter's own voltage reading, shared by the scan and the guide's short looks at the car:
// its own file so a look at the battery does not load the whole scan (and its trouble-code tables).

/** `ATRV` → "12.4V" (ELM327 datasheet, "RV"). Anything else reads as unknown. */
export function parseVolts(answer: { ok: boolean; lines?: string[] }): number | null {
	if (!answer.ok || !answer.lines) return null;
	const match = /(\d{1,2}(?:\.\d{1,2})?)\s*V/i.exec(answer.lines.join(' '));
	if (!match?.[1]) return null;
	const volts = Number(match[1]);
	return Number.isFinite(volts) && volts >= 0 && volts < 40 ? volts : null;
}
