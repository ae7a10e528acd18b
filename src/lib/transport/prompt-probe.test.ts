import { describe, expect, it } from 'vitest';
import { judgeProbeReply } from './prompt-probe';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('judgeProbeReply', () => {
	it('accepts an echoed identity ending in the prompt', () => {
		expect(judgeProbeReply(bytes('ATI\rELM327 v1.5\r\r>'))).toBe('prompt');
		expect(judgeProbeReply(bytes('\r\nELM327 v2.1\r\n\r\n>'))).toBe('prompt');
	});
	it('waits while the text is clean but the prompt has not come', () => {
		expect(judgeProbeReply(bytes('ATI\rELM3'))).toBe('incomplete');
		expect(judgeProbeReply(new Uint8Array(0))).toBe('incomplete');
	});
	it('ignores wake-up NUL bytes', () => {
		expect(judgeProbeReply(Uint8Array.from([0, 0, ...bytes('?\r\r>')]))).toBe('prompt');
	});
	it('needs text before the prompt: a lone ">" can be noise', () => {
		expect(judgeProbeReply(bytes('\r>'))).toBe('incomplete');
	});
	it('rejects bytes outside printable ASCII, as a wrong speed produces', () => {
		expect(judgeProbeReply(Uint8Array.from([0xf8, 0x80, 0x3e]))).toBe('garbage');
		expect(judgeProbeReply(Uint8Array.from([...bytes('AT'), 0x86, ...bytes('>')]))).toBe('garbage');
	});
});
