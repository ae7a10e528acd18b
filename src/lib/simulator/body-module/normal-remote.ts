import type { BodyContext, ButtonEvent } from './key-system';

/**
 * A remote press outside any procedure: a paired remote in sync locks,
 * unlocks or releases the boot when its button goes down; anything else is
 * ignored with the reason in words. `ignoreWithKeyInIgnition` is for systems
 * whose sources say remotes are ignored while a key is in the ignition lock.
 */
export function normalRemote(
	e: ButtonEvent,
	ctx: BodyContext,
	options: { ignoreWithKeyInIgnition?: boolean } = {}
): void {
	if (e.action !== 'down') return;
	if (options.ignoreWithKeyInIgnition && ctx.keyInIgnition !== null) {
		return ctx.ignore(
			e.key,
			'key-in-ignition',
			`Ignored: key ${ctx.keyInIgnition} is in the ignition, and this car ignores its remotes then`
		);
	}
	if (!ctx.isPaired(e.key)) {
		return ctx.ignore(e.key, 'not-paired', `Ignored: key ${e.key} is not paired with this car`);
	}
	if (!ctx.isInSync(e.key)) {
		return ctx.ignore(e.key, 'out-of-sync', `Ignored: key ${e.key} is out of sync with this car`);
	}
	if (e.button === 'lock') ctx.lock(e.key);
	else if (e.button === 'unlock') ctx.unlock(e.key);
	else ctx.releaseBoot(e.key);
}
