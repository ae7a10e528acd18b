import { assembleCan } from './can-frames';
import { mergeLegacy, parseLegacyLines } from './legacy-frames';
import {
	NEGATIVE_RESPONSE_CODES,
	type FrameProblem,
	type NegativeResponse,
	type ObdMessage,
	type ParseOptions,
	type ParsedResponse
} from './obd-message';
import { protocolInfo } from './protocols';

/**
 * Turns the reply lines of one OBD request (status texts already removed by
 * the ELM327 session) into one message per answering control unit.
 * `protocolCode` is what ATDPN printed, without the leading 'A'. Refusals
 * (`7F`) come back as `negatives`; damaged, malformed or incomplete frames as
 * `problems`; neither ever becomes a message.
 */
export function parseResponse(
	lines: readonly string[],
	protocolCode: string,
	options: ParseOptions = {}
): ParsedResponse {
	const problems: FrameProblem[] = [];
	const family = protocolInfo(protocolCode).family;
	let messages: ObdMessage[];
	if (family === 'can11' || family === 'can29') {
		messages = assembleCan(lines, family === 'can11' ? 2 : 4, problems, options.headers);
	} else if (family) {
		const legacy = parseLegacyLines(lines, family, problems, options.headers);
		messages = mergeLegacy(legacy.messages, problems, legacy.dropped);
	} else {
		problems.push({ kind: 'unknown-protocol', detail: `unknown protocol "${protocolCode}"` });
		messages = [];
	}
	const negatives: NegativeResponse[] = [];
	const answers: ObdMessage[] = [];
	for (const m of messages) {
		if (m.data[0] === 0x7f && m.data.length >= 3) {
			const code = m.data[2]!;
			negatives.push({
				ecu: m.ecu,
				service: m.data[1]!,
				code,
				meaning: NEGATIVE_RESPONSE_CODES[code] ?? 'refused'
			});
		} else answers.push(m);
	}
	return { messages: answers, negatives, problems };
}
