/**
 * Whether the page's scripts have taken over. Prerendered pages paint before
 * any script runs; a control that needs a script (a button with a click
 * handler, a select bound to state) is rendered disabled until then, so a tap
 * that comes too early is refused visibly instead of lost. Call during
 * component set-up.
 */
export function hydration(): { readonly done: boolean } {
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
