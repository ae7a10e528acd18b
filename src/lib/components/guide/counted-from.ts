/**
 * A window's anchor as the countdown says it, after "30 seconds". The data
 * words the anchor as its sources do: some as "after you switch off", most as
 * a moment ("the previous step", "when you tapped Go, …"), which reads as
 * "counted from …".
 */
export function countedFrom(from: string): string {
	const anchor = from.trim();
	return /^after\b/i.test(anchor) ? anchor : `counted from ${anchor}`;
}
