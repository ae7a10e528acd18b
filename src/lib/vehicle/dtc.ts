import type { Confidence } from './sourced';
import type { DtcTitleTable } from './dtc-table';
import { DTC_P00_P02 } from './dtc-titles-p00-p02';
import { DTC_P03_P04 } from './dtc-titles-p03-p04';
import { DTC_P05_P06 } from './dtc-titles-p05-p06';
import { DTC_P07 } from './dtc-titles-p07';
import { DTC_P2 } from './dtc-titles-p2';
import { DTC_U0 } from './dtc-titles-u0';
import { KEY_RELATED_CODES } from './dtc-key-family';
import { DTC_PATTERN, dtcSystem } from './dtc-system';

/** Every generic title table, in code order. */
export const DTC_TABLES: readonly DtcTitleTable[] = [
	DTC_P00_P02,
	DTC_P03_P04,
	DTC_P05_P06,
	DTC_P07,
	DTC_P2,
	DTC_U0
];

/** What the app can say about one trouble code. */
export interface DtcDescription {
	/** Standard title, or null when our catalogue has none ("no description in our catalogue"). */
	readonly description: string | null;
	/** Bears on keys, the immobiliser or remote locking. */
	readonly keyRelated: boolean;
	/** Plain-language system, e.g. "Powertrain (generic) - ignition system or misfire". */
	readonly system: string;
	/** Defined by SAE for all makers (true), or manufacturer-specific (false). */
	readonly generic: boolean;
	/** Plain-language remark: key meaning, or why there is no description. */
	readonly note?: string;
	/** Confidence and source of the description and note, when there is one. */
	readonly confidence?: Confidence;
	readonly source?: string;
}

/** Number of codes with a title in the catalogue. */
export function catalogueSize(): number {
	return DTC_TABLES.reduce((n, t) => n + Object.keys(t.titles).length, 0);
}

/** Describes a trouble code such as "P0513": title, system, and whether it concerns keys. */
export function describeDtc(input: string): DtcDescription {
	const code = input.trim().toUpperCase();
	if (!DTC_PATTERN.test(code)) {
		return {
			description: null,
			keyRelated: false,
			system: 'Unknown',
			generic: false,
			note: `"${input}" is not a trouble code (a letter P, C, B or U and four characters, e.g. P0301).`
		};
	}
	const { system, generic } = dtcSystem(code);
	const table = DTC_TABLES.find((t) => code in t.titles);
	const title = table?.titles[code] ?? null;
	const key = KEY_RELATED_CODES[code];
	if (key) {
		return {
			description: title,
			keyRelated: true,
			system,
			generic,
			note: key.note,
			confidence: key.confidence,
			source: key.source
		};
	}
	if (!generic) {
		return {
			description: null,
			keyRelated: false,
			system,
			generic,
			note: 'A manufacturer-specific code: its meaning depends on the maker, and our catalogue holds only the generic SAE codes.'
		};
	}
	if (title === null) {
		return {
			description: null,
			keyRelated: false,
			system,
			generic,
			note: 'A generic code with no description in our catalogue.'
		};
	}
	return {
		description: title,
		keyRelated: false,
		system,
		generic,
		confidence: table?.confidence,
		source: table?.source
	};
}
