import { parseDpn, protocolInfo } from '../obd';
import type { Answer, Exchange } from './exchange';
import type { ProgressReporter } from './progress';

/** Explicit K-line protocols tried when the automatic search fails (ISO 9141-2, both ISO 14230 inits). */
const K_LINE_FALLBACKS = ['3', '4', '5'] as const;

/** The protocol tried first when nothing is remembered: ISO 15765-4 CAN, 11-bit ids, 500 kbit/s. */
export const LIKELY_PROTOCOL = '6';

/**
 * The CAN protocol at the same bit rate with the other id length. A CAN
 * request that gets NO DATA (rather than CAN ERROR) was acknowledged: a bus
 * runs at that bit rate (every node acknowledges a correct frame, whatever its
 * id: ISO 11898-1), so the car most likely uses the other id length.
 */
const CAN_TWIN: Readonly<Record<string, string>> = { '6': '7', '7': '6', '8': '9', '9': '8' };

/**
 * How the first contact with the car is made (measured by `npm run bench`):
 *
 * - 'likely-first' (the default): the remembered protocol, or CAN 11/500,
 *   set explicitly (`ATSP h`, one bus try of well under a second); NO DATA
 *   there means a CAN bus answered at that speed, so its 29-bit twin next;
 *   when that fails, the adapter's ignition pin (`AT IGN`); when it senses
 *   the ignition off, stop at once; otherwise the automatic search.
 * - 'automatic': the automatic search straight away (`ATSP0`, or `ATSP Ah`
 *   with a remembered protocol), the ELM327's own order: J1850, three
 *   K-line inits of 2–3 s each, then CAN.
 */
export type FirstContact = 'likely-first' | 'automatic';

export interface ProtocolAttempt {
	readonly code: string;
	readonly name: string;
	readonly ok: boolean;
	readonly detail: string;
}

export interface ProtocolOutcome {
	readonly protocol: { code: string; name: string } | null;
	readonly attempts: ProtocolAttempt[];
	/** The first successful `0100` answer, reused for the supported-PID bitmap. */
	readonly first0100: (Answer & { ok: true }) | null;
	/** What `AT IGN` said when it was asked (only when the car stayed silent), else null. */
	readonly ignPin: 'on' | 'off' | null;
}

export interface FindProtocolOptions {
	/** A protocol code remembered for this car. */
	hint?: string;
	strategy?: FirstContact;
	report: ProgressReporter;
	/** Reads the adapter's ignition pin; null when the adapter cannot tell. */
	readIgnitionPin: () => Promise<'on' | 'off' | null>;
}

/**
 * Gets the adapter talking to the car, and notices early when the car is
 * silent: with the ignition off the automatic search would walk every
 * protocol (about 10 s) before saying UNABLE TO CONNECT. When the search
 * finds nothing and the ignition may be on, ISO 9141-2 and both ISO 14230
 * inits are tried one by one: some first-generation K-line cars answer only
 * to an explicit protocol.
 */
export async function findProtocol(
	x: Exchange,
	options: FindProtocolOptions
): Promise<ProtocolOutcome> {
	const attempts: ProtocolAttempt[] = [];
	const { hint, report } = options;
	let ignPin: 'on' | 'off' | null = null;
	let ignRead = false;
	const ignition = async () => {
		if (!ignRead) ignPin = await options.readIgnitionPin();
		ignRead = true;
		return ignPin;
	};
	const found = (code: string, answer: Answer & { ok: true }): ProtocolOutcome => ({
		protocol: { code, name: protocolInfo(code).name },
		attempts,
		first0100: answer,
		ignPin
	});

	if ((options.strategy ?? 'likely-first') === 'likely-first') {
		const code = hint ?? LIKELY_PROTOCOL;
		// Progress lines name no protocol; the attempts keep the names for the details.
		report(
			'protocol',
			hint ? 'Trying the way this car talked last time…' : `Trying ${plainWay(code)} first…`
		);
		const tryExplicitly = async (p: string) => {
			await x.ask(`ATSP${p}`, { retry: false });
			const answer = await x.ask('0100', { retry: false });
			const n = protocolInfo(p).name;
			attempts.push({
				code: p,
				name: n,
				ok: answer.ok,
				detail: answer.ok ? 'answered' : failure(answer)
			});
			return answer;
		};
		const first = await tryExplicitly(code);
		if (first.ok) return found(code, first);
		const twin = CAN_TWIN[code];
		if (twin && first.error.code === 'no-data') {
			report('protocol', 'The car’s network answered. Trying its other kind of address…');
			const second = await tryExplicitly(twin);
			if (second.ok) return found(twin, second);
		}
		if ((await ignition()) === 'off') return { protocol: null, attempts, first0100: null, ignPin };
		await x.ask('ATSP0', { retry: false });
	} else {
		await x.ask(hint ? `ATSPA${hint}` : 'ATSP0', { retry: false });
	}

	report(
		'protocol',
		'Waking the engine computer: the adapter tries every way cars talk, which can take up to 20 seconds on older cars…'
	);
	const auto = await x.ask('0100', { retry: false });
	const autoName =
		hint && options.strategy === 'automatic'
			? `${protocolInfo(hint).name}, then automatic`
			: 'Automatic search';
	if (auto.ok) {
		const dpn = await x.ask('ATDPN');
		const code = dpn.ok ? parseDpn(dpn.lines.join('')).code : null;
		attempts.push({
			code: '0',
			name: autoName,
			ok: code !== null,
			detail: code
				? `found ${protocolInfo(code).name}`
				: 'the adapter did not say which protocol it found'
		});
		if (code) return found(code, auto);
	} else {
		attempts.push({ code: '0', name: autoName, ok: false, detail: failure(auto) });
	}

	if ((await ignition()) !== 'off') {
		for (const [i, code] of K_LINE_FALLBACKS.entries()) {
			const name = protocolInfo(code).name;
			report(
				'protocol',
				i === 0
					? `No answer yet. Trying ${plainWay(code)}…`
					: 'Still no answer. Trying another slow way older cars talk…'
			);
			await x.ask(`ATSP${code}`, { retry: false });
			const answer = await x.ask('0100', { retry: false });
			attempts.push({
				code,
				name,
				ok: answer.ok,
				detail: answer.ok ? 'answered' : failure(answer)
			});
			if (answer.ok) return found(code, answer);
		}
	}
	// Leave the adapter searching automatically for whoever asks next.
	await x.ask('ATSP0', { retry: false });
	return { protocol: null, attempts, first0100: null, ignPin };
}

/**
 * A protocol in the owner's words, for progress lines: which kind of car talks
 * this way, not its standard's name (that stays in the attempts).
 */
export function plainWay(code: string): string {
	switch (protocolInfo(code).family) {
		case 'can11':
		case 'can29':
			return 'the way most cars since 2008 talk';
		case 'iso9141':
		case 'kwp':
			return 'the slower way older cars talk';
		case 'j1850':
			return 'the way older American cars talk';
		default:
			return 'another way cars talk';
	}
}

function failure(answer: Answer): string {
	return answer.ok ? 'answered' : answer.error.message;
}
