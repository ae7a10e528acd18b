import type { SafeFileName } from '$lib/scan/export-safety';
import type { VehicleReport } from '$lib/scan/types';
import { formatDate } from '../format-date';
import { exchangeNotes } from './exchange-notes';

/**
 * The adapter exchange of a scan as plain text, for an expert: "> command", the reply lines
 * ("< "), then what failed or was refused ("! ").
 */
export function transcriptText(report: VehicleReport): string {
	const head = [
		`FobSync adapter transcript`,
		`Read ${formatDate(report.startedAt)} (${report.startedAt})`,
		`Adapter: ${report.adapter.identity}${report.adapter.description ? ` (${report.adapter.description})` : ''}`,
		`Protocol: ${report.protocol ? `${report.protocol.name} (${report.protocol.code})` : 'none found'}`,
		`VIN: ${report.vin ?? 'not read'}`,
		''
	];
	const body = report.raw.flatMap((x) => [
		`> ${x.command}    [${x.ms} ms]`,
		...(x.error ? [`! ${x.error}`] : x.lines.map((l) => `< ${l}`)),
		...exchangeNotes(x).map((n) => `! ${n}`)
	]);
	const attempts = report.protocolAttempts.length
		? [
				'',
				'Protocols tried:',
				...report.protocolAttempts.map((a) => `- ${a.name}: ${a.ok ? 'answered' : a.detail}`)
			]
		: [];
	return [...head, ...body, ...attempts, ''].join('\n');
}

/**
 * Saves `text` as a file on this device (nothing is uploaded). The name must
 * come from `reportFileName`/`safeFileName`, so nothing a report holds becomes
 * part of a path.
 */
export function downloadText(name: SafeFileName, text: string, type: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	a.click();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
