/**
 * The one date style of the app: "25 Nov 2025, 17:01" in the owner's locale
 * order and clock. Used on screen, in the printed report and in file names' captions.
 */
export function formatDate(iso: string): string {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return 'unknown date';
	return date.toLocaleString(undefined, {
		day: 'numeric',
		month: 'short',
		year: 'numeric',
		hour: '2-digit',
		minute: '2-digit'
	});
}
