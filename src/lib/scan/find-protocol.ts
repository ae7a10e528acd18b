import { parseDpn, protocolInfo } from '../obd';
import type { Answer, Exchange } from './exchange';
import type { ProgressReporter } from './progress';

/** Explicit K-line protocols tried when the automatic search fails (DOMAIN.md §6). */
const K_LINE_FALLBACKS = ['3', '4', '5'] as const;

export interface ProtocolOutcome {
	readonly protocol: { code: string; name: string } | null;
	readonly attempts: { code: string; name: string; ok: boolean; detail: string }[];
	/** The reply lines of the first successful `0100`, reused for the supported-PID bitmap. */
	readonly first0100: string[] | null;
}

/**
 * Gets the adapter talking to the car. The first request triggers the ELM327's
 * automatic search (`SEARCHING...`, several seconds on a K-line car). With a
 * remembered protocol, `ATSP Ah` makes the adapter try it first and still
 * search if it fails (ELM327 datasheet, "SP Ah"). When the search finds
 * nothing and the ignition may be on, ISO 9141-2 and both ISO 14230 inits are
 * tried one by one: some first-generation K-line cars answer only to an
 * explicit protocol.
 */
export async function findProtocol(
	x: Exchange,
	options: {
		hint?: string;
		report: ProgressReporter;
		/** Runs once the automatic search failed; true means "the ignition is off, stop here". */
		beforeFallbacks?: () => Promise<boolean>;
	}
): Promise<ProtocolOutcome> {
	const attempts: ProtocolOutcome['attempts'] = [];
	const { hint, report } = options;

	if (hint) {
		report('protocol', `Trying ${protocolInfo(hint).name} first (remembered from last time)…`);
		await x.ask(`ATSPA${hint}`);
	} else {
		report(
			'protocol',
			'Waking the engine computer: the adapter searches for its protocol, which can take up to 20 s on older cars…'
		);
	}
	const auto = await x.ask('0100');
	if (auto.ok) {
		const dpn = await x.ask('ATDPN');
		const code = dpn.ok ? parseDpn(dpn.lines.join('')).code : (hint ?? null);
		const protocol = code ? { code, name: protocolInfo(code).name } : null;
		attempts.push({
			code: hint ? `A${hint}` : '0',
			name: hint ? `${protocolInfo(hint).name}, then automatic` : 'Automatic search',
			ok: true,
			detail: protocol ? `found ${protocol.name}` : 'found a protocol'
		});
		return { protocol, attempts, first0100: auto.lines };
	}
	attempts.push({
		code: hint ? `A${hint}` : '0',
		name: 'Automatic search',
		ok: false,
		detail: failure(auto)
	});

	const ignitionOff = (await options.beforeFallbacks?.()) ?? false;
	if (!ignitionOff) {
		for (const code of K_LINE_FALLBACKS) {
			const name = protocolInfo(code).name;
			report('protocol', `No answer yet. Trying ${name} explicitly…`);
			await x.ask(`ATSP${code}`);
			const answer = await x.ask('0100');
			attempts.push({
				code,
				name,
				ok: answer.ok,
				detail: answer.ok ? 'answered' : failure(answer)
			});
			if (answer.ok) return { protocol: { code, name }, attempts, first0100: answer.lines };
		}
	}
	// Leave the adapter searching automatically for whoever asks next.
	await x.ask('ATSP0');
	return { protocol: null, attempts, first0100: null };
}

function failure(answer: Answer): string {
	return answer.ok ? 'answered' : answer.error.message;
}
