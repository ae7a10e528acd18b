import { hexToBytes } from '../codec/hex';
import type { FrameProblem, ObdMessage } from './obd-message';
import { readPrintedLine, spacedBytes, type PrintedLine } from './printed-line';

/** Classic CAN carries 8 bytes per frame, PCI included (ISO 11898 / ISO 15765-2). */
const CAN_FRAME_BYTES = 8;
/** A single frame's length field: 1 to 7 on classic CAN (ISO 15765-2, SF_DL); others are ignored. */
const MAX_SINGLE_FRAME = 7;

/**
 * ISO 15765-2 (ISO-TP) reassembly of the lines an ELM327 prints for a CAN answer.
 *
 * Headers on (ATH1, FobSync's setting), one line per frame:
 *
 *   11-bit:  7E8 10 14 49 02 01 57 4D 57     id │ PCI │ data
 *   29-bit:  18 DA F1 10 10 14 49 02 01 …    id (4 bytes) │ PCI │ data
 *
 *   PCI high nibble: 0 single frame (low nibble = length, 1..7)
 *                    1 first frame (12-bit length over PCI low nibble + next byte, ≥ 8)
 *                    2 consecutive frame (low nibble = sequence 1..F, 0, 1 …)
 *                    3 flow control (never printed for answers; ignored)
 *
 * Headers off with CAF1 (ELM327 datasheet, "Multiline Responses"): a single
 * frame is printed without its PCI byte; a multi-frame answer as a byte-count
 * line ("014") followed by "0: …", "1: …" lines, one per frame.
 *
 * Whether a line has a header is read from its spacing when spaces are on (a
 * 3-digit first group is an 11-bit id), from `headers` when the caller knows
 * the adapter's setting, and guessed from the digit count only as a last
 * resort. Anything the standard does not allow is refused and reported in
 * `problems`, never turned into data.
 */
export function assembleCan(
	lines: readonly string[],
	idBytes: 2 | 4,
	problems: FrameProblem[],
	headers?: boolean
): ObdMessage[] {
	const out: ObdMessage[] = [];
	const pending = new Map<string, { length: number; bytes: number[]; nextSeq: number }>();
	// Headers off: "014" starts a block, "0:" … lines fill it.
	let block: { length: number; bytes: number[]; index: number; broken: boolean } | null = null;
	const refuse = (kind: FrameProblem['kind'], line: string, detail: string, ecu?: string) =>
		problems.push({ kind, line, detail, ...(ecu ? { ecu } : {}) });
	const finishBlock = () => {
		if (!block) return;
		if (!block.broken && block.bytes.length >= block.length) {
			out.push({ ecu: '?', data: Uint8Array.from(block.bytes.slice(0, block.length)) });
		} else {
			problems.push({
				kind: 'incomplete',
				detail: `multi-frame answer cut short: ${block.bytes.length} of ${block.length} bytes`
			});
		}
		block = null;
	};

	for (const raw of lines) {
		const line = readPrintedLine(raw);
		if (!line.text) continue;
		if (line.damaged) {
			refuse('adapter-checksum', raw, 'the adapter marked this frame as received with errors');
			if (block) block.broken = true;
			continue;
		}
		if (headers !== true && /^[0-9A-F]{3}$/.test(line.text)) {
			finishBlock();
			block = { length: parseInt(line.text, 16), bytes: [], index: 0, broken: false };
			continue;
		}
		const indexed = headers !== true ? /^([0-9A-F]):\s*(.*)$/.exec(line.text) : null;
		if (indexed) {
			if (!block) {
				refuse('malformed', raw, 'a numbered frame without the byte count that starts its answer');
				continue;
			}
			const seq = parseInt(indexed[1]!, 16);
			const bytes = line.spaced ? spacedBytes(indexed[2]!) : hexToBytes(indexed[2]!);
			if (!bytes || seq !== block.index % 16) {
				refuse('incomplete', raw, 'frame out of order or unreadable');
				block.broken = true;
				continue;
			}
			block.bytes.push(...bytes);
			block.index++;
			if (block.bytes.length >= block.length) finishBlock();
			continue;
		}
		const framed = splitHeader(line, idBytes, headers);
		if (!framed) {
			refuse('malformed', raw, 'not a CAN frame: a byte is cut short or the header is unreadable');
			continue;
		}
		const { ecu, frame } = framed;
		if (ecu === null) {
			// Headers off, single frame, PCI already removed (CAF1): at most 7 data bytes.
			if (frame.length > MAX_SINGLE_FRAME) {
				refuse(
					'too-long',
					raw,
					`${frame.length} data bytes in one frame; a CAN frame holds at most 7`
				);
				continue;
			}
			out.push({ ecu: '?', data: frame });
			continue;
		}
		if (frame.length > CAN_FRAME_BYTES) {
			refuse('too-long', raw, `${frame.length} bytes in one CAN frame; it holds at most 8`, ecu);
			continue;
		}
		const pci = frame[0]!;
		const type = pci >> 4;
		if (type === 0) {
			const length = pci & 0x0f;
			if (length === 0 || length > MAX_SINGLE_FRAME || length > frame.length - 1) {
				refuse(
					'bad-length',
					raw,
					`single frame with length ${length}: ISO 15765-2 allows 1 to 7`,
					ecu
				);
				continue;
			}
			out.push({ ecu, data: frame.slice(1, 1 + length) });
		} else if (type === 1) {
			const length = ((pci & 0x0f) << 8) | (frame[1] ?? 0);
			if (length <= MAX_SINGLE_FRAME || frame.length < CAN_FRAME_BYTES) {
				refuse('bad-length', raw, `first frame announcing ${length} bytes`, ecu);
				continue;
			}
			if (pending.has(ecu)) {
				problems.push({
					kind: 'incomplete',
					ecu,
					detail: `answer from ${ecu} restarted before it ended`
				});
			}
			pending.set(ecu, { length, bytes: Array.from(frame.slice(2)), nextSeq: 1 });
		} else if (type === 2) {
			const p = pending.get(ecu);
			if (!p) {
				refuse('incomplete', raw, `consecutive frame without a first frame from ${ecu}`, ecu);
				continue;
			}
			if ((pci & 0x0f) !== p.nextSeq) {
				refuse(
					'incomplete',
					raw,
					`frame from ${ecu} missing: expected sequence ${p.nextSeq}, got ${pci & 0x0f}`,
					ecu
				);
				pending.delete(ecu);
				continue;
			}
			p.bytes.push(...frame.slice(1));
			p.nextSeq = (p.nextSeq + 1) & 0x0f;
			if (p.bytes.length >= p.length) {
				out.push({ ecu, data: Uint8Array.from(p.bytes.slice(0, p.length)) });
				pending.delete(ecu);
			}
		}
		// type 3 (flow control) and others carry no answer data.
	}
	finishBlock();
	for (const [ecu, p] of pending) {
		problems.push({
			kind: 'incomplete',
			ecu,
			detail: `answer from ${ecu} cut short: ${p.bytes.length} of ${p.length} bytes`
		});
	}
	return out;
}

/**
 * Separates the CAN id from the frame bytes; ecu null when the line has no
 * header. Null when the line cannot be a frame (a digit lost or added).
 */
function splitHeader(
	line: PrintedLine,
	idBytes: 2 | 4,
	headers: boolean | undefined
): { ecu: string | null; frame: Uint8Array } | null {
	if (line.spaced) {
		const groups = line.text.split(/\s+/);
		const idGroups = idBytes === 2 ? 1 : 4;
		const id = groups.slice(0, idGroups).join('');
		const looksLikeId =
			idBytes === 2 ? /^[0-9A-F]{3}$/.test(groups[0]!) : /^18D[AB][0-9A-F]{4}$/.test(id);
		const hasId = headers ?? looksLikeId;
		if (hasId && !looksLikeId) return null;
		const frame = spacedBytes(groups.slice(hasId ? idGroups : 0).join(' '));
		return frame ? { ecu: hasId ? id : null, frame } : null;
	}
	const text = line.text;
	const idChars = idBytes === 2 ? 3 : 8;
	const guessed =
		idBytes === 2
			? text.length % 2 === 1 && text.length >= 5
			: /^18D[AB]/.test(text) && text.length >= 10;
	const hasId = headers ?? guessed;
	if (hasId && (text.length < idChars + 2 || (idBytes === 4 && !/^18D[AB]/.test(text))))
		return null;
	const frame = hexToBytes(hasId ? text.slice(idChars) : text);
	if (!frame || frame.length === 0) return null;
	return { ecu: hasId ? text.slice(0, idChars) : null, frame };
}
