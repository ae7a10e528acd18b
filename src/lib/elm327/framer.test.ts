import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PromptFramer } from './framer';
import { classifyLine } from './status';

const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('PromptFramer', () => {
	it('splits a reply stream at every possible boundary into the same replies', () => {
		const stream = 'junk\r\r>ATI\r\nELM327 v1.5\r\n\r\n>\0SEARCHING...\r41 00 BE 3F A8 13\r\r>';
		const expected = [['junk'], ['ATI', 'ELM327 v1.5'], ['SEARCHING...', '41 00 BE 3F A8 13']];
		for (let cut = 0; cut <= stream.length; cut++) {
			const f = new PromptFramer();
			const got = [...f.push(bytes(stream.slice(0, cut))), ...f.push(bytes(stream.slice(cut)))];
			expect(got).toEqual(expected);
		}
		const oneByOne = new PromptFramer();
		expect([...stream].flatMap((c) => oneByOne.push(bytes(c)))).toEqual(expected);
	});

	it('gives the same replies for any chunking, line ending and NUL padding (property)', () => {
		const line = fc.stringMatching(/^[A-Z0-9 .:?]{1,20}$/).filter((l) => l.trim().length > 0);
		fc.assert(
			fc.property(
				fc.array(fc.array(line, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
				fc.constantFrom('\r', '\n', '\r\n'),
				fc.boolean(),
				fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 20 }),
				(replies, eol, nul, cuts) => {
					const text = replies
						.map((r) => r.join(eol) + eol + eol + (nul ? '\0' : '') + '>')
						.join('');
					const f = new PromptFramer();
					const got: string[][] = [];
					let i = 0;
					for (let k = 0; i < text.length; k++) {
						const n = cuts[k % cuts.length]!;
						got.push(...f.push(bytes(text.slice(i, i + n))));
						i += n;
					}
					expect(got).toEqual(replies.map((r) => r.map((l) => l.trim())));
					expect(f.pending).toBe('');
				}
			)
		);
	});

	it('keeps bytes after the last prompt for the next chunk', () => {
		const f = new PromptFramer();
		expect(f.push(bytes('41 0C'))).toEqual([]);
		expect(f.pending).toBe('41 0C');
		expect(f.push(bytes(' 1A F8\r\r>'))).toEqual([['41 0C 1A F8']]);
	});
});

describe('classifyLine', () => {
	const cases: [string, string][] = [
		['NO DATA', 'no-data'],
		['UNABLE TO CONNECT', 'unable-to-connect'],
		['BUS INIT: ...ERROR', 'bus-init-error'],
		['BUS INIT: ERROR', 'bus-init-error'],
		['CAN ERROR', 'can-error'],
		['BUS ERROR', 'bus-error'],
		['BUS BUSY', 'bus-busy'],
		['DATA ERROR', 'data-error'],
		['<DATA ERROR', 'data-error'],
		['<RX ERROR', 'data-error'],
		['BUFFER FULL', 'buffer-full'],
		['FB ERROR', 'fb-error'],
		['STOPPED', 'stopped'],
		['?', 'unsupported-command'],
		['ERR94', 'internal-error'],
		['LV RESET', 'low-voltage-reset'],
		['ACT ALERT', 'activity-alert']
	];
	it.each(cases)('"%s" is the error %s', (line, code) => {
		const k = classifyLine(line);
		expect(k.kind).toBe('error');
		expect(k.kind === 'error' && k.code).toBe(code);
		expect(k.kind === 'error' && k.message.length).toBeGreaterThan(20);
		// Owner wording: no brackets, no protocol names or bus jargon.
		expect(k.kind === 'error' && k.message).not.toMatch(/[()]|K-line|CAN bus|protocol|feedback/i);
	});
	it('words the adapter faults for the owner', () => {
		const message = (line: string) => {
			const k = classifyLine(line);
			return k.kind === 'error' ? k.message : '';
		};
		expect(message('FB ERROR')).toBe(
			'The adapter found a fault on the car\u2019s diagnostic wiring, or in the adapter itself.'
		);
		expect(message('CAN ERROR')).toMatch(/^The adapter could not talk to the car\u2019s network\./);
		expect(message('BUS INIT: ...ERROR')).toBe(
			'The adapter could not wake the engine computer. Check the ignition is on, then try again.'
		);
	});
	it('sorts out informational lines and banners', () => {
		expect(classifyLine('SEARCHING...').kind).toBe('info');
		expect(classifyLine('BUS INIT: ...OK').kind).toBe('info');
		expect(classifyLine('BUS INIT: ...').kind).toBe('info');
		expect(classifyLine('ELM327 v1.5').kind).toBe('banner');
		expect(classifyLine('ELM327 v2.1').kind).toBe('banner');
		expect(classifyLine('STN2120 v5.6.19').kind).toBe('banner');
		expect(classifyLine('41 00 BE 3F A8 13').kind).toBe('data');
		expect(classifyLine('7E8 03 7F 01 11').kind).toBe('data');
	});
});
