/**
 * What the first characters of a trouble code say (SAE J2012 / ISO 15031-6
 * DTC structure [C]: letter, generic vs manufacturer ranges, sub-systems).
 *
 *   P 0 3 0 1
 *   │ │ └ sub-system (P0/P2: 1-2 fuel/air, 3 ignition/misfire, 4 emissions, …)
 *   │ └ 0/2/34-39 generic (SAE), 1/30-33 manufacturer (P); 0/3 generic, 1/2 manufacturer (B, C, U)
 *   └ P powertrain, C chassis, B body, U network
 */

export interface DtcSystem {
	/** Plain-language system, e.g. "Powertrain (generic) - ignition system or misfire". */
	readonly system: string;
	/** Defined by SAE for every maker (true) or by the maker (false). */
	readonly generic: boolean;
}

const LETTERS: Readonly<Record<string, string>> = {
	P: 'Powertrain',
	C: 'Chassis',
	B: 'Body',
	U: 'Network'
};

const P0_AREAS: Readonly<Record<string, string>> = {
	'0': 'fuel and air metering, auxiliary emission controls',
	'1': 'fuel and air metering',
	'2': 'fuel and air metering (injector circuit)',
	'3': 'ignition system or misfire',
	'4': 'auxiliary emission controls',
	'5': 'vehicle speed, idle control and auxiliary inputs',
	'6': 'computer and auxiliary outputs',
	'7': 'transmission',
	'8': 'transmission',
	'9': 'transmission',
	A: 'hybrid propulsion'
};

const P2_AREAS: Readonly<Record<string, string>> = {
	'0': 'fuel and air metering, auxiliary emission controls',
	'1': 'fuel and air metering, auxiliary emission controls',
	'2': 'fuel and air metering, auxiliary emission controls',
	'3': 'ignition system or misfire',
	'4': 'auxiliary emission controls',
	'5': 'auxiliary inputs',
	'6': 'computer and auxiliary outputs',
	'7': 'transmission',
	'8': 'transmission',
	'9': 'transmission',
	A: 'fuel and air metering, auxiliary emission controls'
};

/** A well-formed five-character trouble code such as "P0513" (upper case). */
export const DTC_PATTERN = /^[PCBU][0-3][0-9A-F]{3}$/;

/** The system and generic/manufacturer range of a well-formed code. */
export function dtcSystem(code: string): DtcSystem {
	const letter = code.charAt(0);
	const first = code.charAt(1);
	const second = code.charAt(2);
	const area = LETTERS[letter] ?? 'Unknown';
	if (letter === 'P') {
		if (first === '0')
			return { system: withArea('Powertrain (generic)', P0_AREAS[second]), generic: true };
		if (first === '2')
			return { system: withArea('Powertrain (generic)', P2_AREAS[second]), generic: true };
		if (first === '1') return { system: 'Powertrain (manufacturer-specific)', generic: false };
		// P3: P3000-P33FF manufacturer, P3400-P3FFF generic.
		const generic = /[4-9A-F]/.test(second);
		return {
			system: generic ? 'Powertrain (generic)' : 'Powertrain (manufacturer-specific)',
			generic
		};
	}
	const generic = first === '0' || first === '3';
	return { system: `${area} (${generic ? 'generic' : 'manufacturer-specific'})`, generic };
}

function withArea(base: string, area: string | undefined): string {
	return area ? `${base} - ${area}` : base;
}
