import { describe, expect, it } from 'vitest';
import { scenarioDef, scenarios } from './scenarios';

/** Words an owner should not meet outside "Details": protocol names, bus speeds, chip versions, addresses. */
const TECHNICAL =
	/\bISO\b|\bSAE\b|J1850|\bCAN\b|K-line|\bKWP\b|kbit|baud|\bv\d|\b7E[0-9A-F]\b|\bPID\b|service 0\d|\bAT [A-Z]/;
/** The protocol family each ELM327 protocol number belongs to, as the details name it. */
const FAMILY: Record<string, RegExp> = {
	'1': /J1850 PWM/,
	'2': /J1850 VPW/,
	'3': /ISO 9141-2/,
	'4': /ISO 14230/,
	'5': /ISO 14230/,
	'6': /\bCAN\b/,
	'7': /\bCAN\b.*29-bit/
};
const CHIP: Record<string, RegExp> = {
	'elm327-v1.4b': /genuine ELM327 v1\.4b/,
	'elm327-v2.2': /genuine ELM327 v2\.2/,
	stn2120: /STN2120/,
	'clone-v1.5': /clone that claims v1\.5/,
	'clone-v2.1': /clone that claims v2\.1/
};

describe('the demo cars as the connect page shows them', () => {
	it.each(scenarios.map((s) => s.id))(
		'%s: plain words on the card, the technical side behind Details',
		(id) => {
			const s = scenarios.find((x) => x.id === id)!;
			expect(`${s.title} ${s.description}`).not.toMatch(TECHNICAL);
			// One date style on screen: "July 2004", never "07/2004".
			expect(`${s.title} ${s.description} ${s.details}`).not.toMatch(/\b\d{1,2}\/\d{4}\b/);
			const def = scenarioDef(id);
			expect(s.details).toMatch(CHIP[def.variant]!);
			expect(s.details).toMatch(FAMILY[def.build().protocol]!);
		}
	);
});
