import { describe, expect, it } from 'vitest';
import { openElm327 } from '$lib/elm327';
import { scanVehicle } from '$lib/scan';
import { createSimulatedLink } from '$lib/simulator';
import { exchangeNotes } from './exchange-notes';
import { transcriptText } from './report-text';

describe('refusals and damaged lines in the expert views', () => {
	const refused = {
		command: '0902',
		lines: ['7E8 03 7F 09 12'],
		ms: 40,
		negatives: [{ ecu: '7E8', service: 0x09, code: 0x12, meaning: 'sub-function not supported' }],
		problems: [
			{
				kind: 'checksum' as const,
				detail: 'the check byte does not match',
				line: '48 6B 10 41 0C 1A F8 00',
				ecu: '10'
			}
		]
	};

	it('one line per refusal and per line decoding refused, with the line itself', () => {
		expect(exchangeNotes(refused)).toEqual([
			'refused by 7E8: service 09, code 12 (sub-function not supported)',
			'not used from 10: the check byte does not match in “48 6B 10 41 0C 1A F8 00”'
		]);
		expect(exchangeNotes({ command: '0100', lines: ['41 00 BE 1F A8 13'], ms: 30 })).toEqual([]);
	});

	it('the transcript file carries them under their command', async () => {
		const link = createSimulatedLink('minimal', { latency: 'fast', seed: 3 });
		const elm = await openElm327(link);
		const report = await scanVehicle(elm);
		await elm.close();
		const text = transcriptText({ ...report, raw: [...report.raw, refused] });
		expect(text).toContain(
			[
				'> 0902    [40 ms]',
				'< 7E8 03 7F 09 12',
				'! refused by 7E8: service 09, code 12 (sub-function not supported)',
				'! not used from 10: the check byte does not match in “48 6B 10 41 0C 1A F8 00”'
			].join('\n')
		);
	});
});
