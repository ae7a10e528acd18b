import { hexToBytes } from './hex';
import type { ObdMessage } from './obd-message';

/**
 * ISO 15765-2 (ISO-TP) reassembly of the lines an ELM327 prints for a CAN answer.
 *
 * Headers on (ATH1), one line per frame:
 *
 *   11-bit:  7E8 10 14 49 02 01 57 4D 57     id │ PCI │ data
 *   29-bit:  18 DA F1 10 10 14 49 02 01 …    id (4 bytes) │ PCI │ data
 *
 *   PCI high nibble: 0 single frame (low nibble = length)
 *                    1 first frame (12-bit length over PCI low nibble + next byte)
 *                    2 consecutive frame (low nibble = sequence 1..F, 0, 1 …)
 *                    3 flow control (never printed for answers; ignored)
 *
 * Headers off with CAF1 (ELM327 datasheet, "Multiline Responses"): a single
 * frame is printed without its PCI byte; a multi-frame answer as a byte-count
 * line ("014") followed by "0: …", "1: …" lines, one per frame.
 */
export function assembleCan(lines: string[], idBytes: 2 | 4, problems: string[]): ObdMessage[] {
	const out: ObdMessage[] = [];
	const pending = new Map<string, { length: number; bytes: number[]; nextSeq: number }>();
	// Headers off: "014" starts a block, "0:" … lines fill it.
	let block: { length: number; bytes: number[]; index: number; broken: boolean } | null = null;
	const finishBlock = () => {
		if (!block) return;
		if (!block.broken && block.bytes.length >= block.length) {
			out.push({ ecu: '?', data: Uint8Array.from(block.bytes.slice(0, block.length)) });
		} else {
			problems.push(`multi-frame answer cut short: ${block.bytes.length} of ${block.length} bytes`);
		}
		block = null;
	};

	for (const raw of lines) {
		const line = raw.trim().toUpperCase();
		if (!line) continue;
		const indexed = /^([0-9A-F]):\s*(.*)$/.exec(line);
		if (/^[0-9A-F]{3}$/.test(line)) {
			finishBlock();
			block = { length: parseInt(line, 16), bytes: [], index: 0, broken: false };
			continue;
		}
		if (indexed && block) {
			const seq = parseInt(indexed[1]!, 16);
			const bytes = hexToBytes(indexed[2]!);
			if (!bytes || seq !== block.index % 16) {
				problems.push(`frame out of order or unreadable: "${raw}"`);
				block.broken = true;
				continue;
			}
			block.bytes.push(...bytes);
			block.index++;
			if (block.bytes.length >= block.length) finishBlock();
			continue;
		}
		const compact = line.replace(/\s+/g, '');
		const headerChars = idBytes === 2 ? 3 : 8;
		const hasHeader =
			idBytes === 2
				? compact.length % 2 === 1 && compact.length >= 5
				: /^18D[AB]/.test(compact) && compact.length >= 10;
		if (!hasHeader) {
			// Headers off, single frame, PCI already removed (CAF1).
			const bytes = hexToBytes(compact);
			if (!bytes || bytes.length === 0) {
				problems.push(`unreadable line: "${raw}"`);
				continue;
			}
			out.push({ ecu: '?', data: bytes });
			continue;
		}
		const ecu = compact.slice(0, headerChars);
		const frame = hexToBytes(compact.slice(headerChars));
		if (!frame || frame.length === 0) {
			problems.push(`unreadable frame: "${raw}"`);
			continue;
		}
		const pci = frame[0]!;
		const type = pci >> 4;
		if (type === 0) {
			const length = pci & 0x0f;
			if (length === 0 || length > frame.length - 1) {
				problems.push(`single frame with a bad length: "${raw}"`);
				continue;
			}
			out.push({ ecu, data: frame.slice(1, 1 + length) });
		} else if (type === 1) {
			const length = ((pci & 0x0f) << 8) | (frame[1] ?? 0);
			pending.set(ecu, { length, bytes: Array.from(frame.slice(2)), nextSeq: 1 });
		} else if (type === 2) {
			const p = pending.get(ecu);
			if (!p) {
				problems.push(`consecutive frame without a first frame from ${ecu}`);
				continue;
			}
			if ((pci & 0x0f) !== p.nextSeq) {
				problems.push(
					`frame from ${ecu} missing: expected sequence ${p.nextSeq}, got ${pci & 0x0f}`
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
		problems.push(`answer from ${ecu} cut short: ${p.bytes.length} of ${p.length} bytes`);
	}
	return out;
}
