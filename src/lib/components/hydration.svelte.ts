/**
 * Whether the page's scripts have taken over. Prerendered pages paint before
 * any script runs; a control that needs a script (a button with a click
 * handler, a select bound to state) is rendered disabled until then, so a tap
 * that comes too early is refused visibly instead of lost. Call during
 * component set-up.
 */
export function hydration(): { readonly done: boolean } {
	// An effect, not $derived: it runs only in the browser once the component is mounted, which
	// is the moment this records.
	// eslint-disable-next-line svelte/prefer-writable-derived
	let done = $state(false);
	$effect(() => {
		done = true;
	});
	return {
		get done() {
			return done;
		}
	};
}
