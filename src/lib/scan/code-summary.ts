import type { DtcKind, DtcReadOutcome, ReportDtc, VehicleReport } from './types';

/**
 * Trouble codes summarised in plain words, one kind at a time (SAE J1979
 * services 03, 07 and 0A). A pending code is a first sighting the engine
 * computer has not confirmed, so a summary never calls it "stored": every
 * screen and the printed report list the kinds separately through here.
 */

/** What each kind of code means, for an owner and for a shop. */
export const CODE_KINDS: Readonly<
	Record<DtcKind, { readonly name: string; readonly meaning: string; readonly short: string }>
> = {
	stored: { name: 'Stored', meaning: 'confirmed by the engine computer', short: 'stored' },
	pending: {
		name: 'Pending',
		meaning: 'seen once, not yet confirmed',
		short: 'pending, not yet confirmed'
	},
	permanent: {
		name: 'Permanent',
		meaning: 'stays until the car has re-checked the fault itself',
		short: 'permanent'
	}
};

const ORDER: readonly DtcKind[] = ['stored', 'pending', 'permanent'];

/** The codes grouped by kind, in the order stored, pending, permanent; each code once per kind, empty kinds left out. */
export function codesByKind(
	dtcs: readonly Pick<ReportDtc, 'code' | 'kind'>[]
): { kind: DtcKind; codes: string[] }[] {
	return ORDER.map((kind) => ({
		kind,
		codes: [...new Set(dtcs.filter((d) => d.kind === kind).map((d) => d.code))]
	})).filter((g) => g.codes.length > 0);
}

/**
 * The codes as one plain sentence per kind, e.g. "Stored (confirmed by the
 * engine computer): P0513. Pending (seen once, not yet confirmed): U0167."
 * Empty when there are none.
 */
export function describeCodesByKind(dtcs: readonly Pick<ReportDtc, 'code' | 'kind'>[]): string {
	return codesByKind(dtcs)
		.map(
			(g) => `${CODE_KINDS[g.kind].name} (${CODE_KINDS[g.kind].meaning}): ${g.codes.join(', ')}.`
		)
		.join(' ');
}

type Reads = VehicleReport['dtcReads'];

const NOT_READ: Readonly<Record<Exclude<DtcReadOutcome, 'read' | 'not-asked'>, string>> = {
	'no-answer': 'the engine computer gave no answer',
	refused: 'the engine computer refused the question',
	incomplete: 'part of the answer arrived damaged'
};

/** Which kinds were read, and which could not be, with why (plain words). */
export function codeReads(reads: Reads): {
	read: DtcKind[];
	failed: { kind: DtcKind; why: string }[];
} {
	const read: DtcKind[] = [];
	const failed: { kind: DtcKind; why: string }[] = [];
	for (const r of reads) {
		if (r.outcome === 'read') read.push(r.kind);
		else if (r.outcome !== 'not-asked') failed.push({ kind: r.kind, why: NOT_READ[r.outcome] });
	}
	return { read, failed };
}

/** "stored", "stored or pending", "stored, pending or permanent". */
function kindsList(kinds: readonly DtcKind[]): string {
	const words = kinds.map((k) => CODE_KINDS[k].name.toLowerCase());
	return words.length <= 1
		? (words[0] ?? '')
		: `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/** The kinds that were read, as words ("stored or pending"); null when none was. */
export function kindsRead(reads: Reads): string | null {
	const { read } = codeReads(reads);
	return read.length ? kindsList(read) : null;
}

/**
 * What "no codes" means for this report, naming the kinds actually read
 * ("No stored or pending trouble codes."). Reports saved before reads were
 * recorded say only what they can.
 */
export function noCodesSentence(reads: Reads): string {
	if (reads.length === 0) return 'No trouble codes reported.';
	const kinds = kindsRead(reads);
	return kinds ? `No ${kinds} trouble codes.` : 'The trouble codes could not be read this time.';
}

/** One sentence per kind that could not be read, e.g. "Pending codes: the engine computer gave no answer." */
export function unreadKindsSentences(reads: Reads): string[] {
	return codeReads(reads).failed.map((f) => `${CODE_KINDS[f.kind].name} codes: ${f.why}.`);
}
