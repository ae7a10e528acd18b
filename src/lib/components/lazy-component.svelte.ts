/**
 * A component whose code loads when first asked for (`load()`), not with the
 * page: `component` is null until then. Used for screens that come with a
 * lazily loaded part of the app (the guide, the demo car's panel).
 */
export function lazyComponent<T>(load: () => Promise<{ default: T }>): {
	readonly component: T | null;
	load(): Promise<T>;
} {
	let component = $state.raw<T | null>(null);
	let loading: Promise<T> | null = null;
	return {
		get component() {
			return component;
		},
		load() {
			loading ??= load().then(
				(m) => (component = m.default),
				(error: unknown) => {
					loading = null;
					throw error;
				}
			);
			return loading;
		}
	};
}
