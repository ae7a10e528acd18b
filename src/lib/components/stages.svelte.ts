/**
 * A long screen rendered a part at a time: part 1 with the component, each
 * next part after the browser has painted the one before. The first screen
 * then paints without waiting for what is below it, and no single task
 * builds the whole page (a phone's main thread stays free for a tap).
 * Call during component set-up; `shown` counts the parts rendered so far.
 */
export function stages(count: number): { readonly shown: number } {
	let shown = $state(1);
	$effect(() => {
		if (shown >= count) return;
		// Not `shown++`: that would add a runtime helper to the chunk every first page loads.
		return afterPaint(() => (shown = shown + 1));
	});
	return {
		get shown() {
			return shown;
		}
	};
}

/** Settles once the browser has painted what is on screen now (see `afterPaint`). */
export function painted(): Promise<void> {
	return new Promise((resolve) => afterPaint(resolve));
}

/**
 * Runs `next` once the frame that shows the current DOM has been painted (a
 * timeout queued from the frame's callback runs after its paint). A
 * background tab draws no frames, so a plain timeout stands in. Returns the
 * cancel.
 */
function afterPaint(next: () => void): () => void {
	let done = false;
	const go = () => {
		if (done) return;
		done = true;
		next();
	};
	const frame = requestAnimationFrame(() => setTimeout(go, 0));
	const fallback = setTimeout(go, 100);
	return () => {
		done = true;
		cancelAnimationFrame(frame);
		clearTimeout(fallback);
	};
}
