/**
 * Test helper: an adapter that is used only through its lease, as the scan
 * layer's looks and the guide's live checks use it. It logs `acquire <owner>`,
 * `send <command>` and `release`, refuses a second holder as the real lease
 * does, and fails any send made outside a lease. `reply` answers each command.
 */
import { AdapterError } from '../transport/adapter-error';
import type { Elm327 } from './types';

export function leasedFake(log: string[], reply: (command: string) => Promise<string[]>) {
	let holder: string | null = null;
	const elm = {
		closed: false,
		adapter: { supports: { RV: true } },
		get holder() {
			return holder;
		},
		acquire(owner: string) {
			if (holder) throw new AdapterError('adapter-busy', `${holder} is using it`);
			holder = owner;
			log.push(`acquire ${owner}`);
			return {
				send: (command: string) => {
					log.push(`send ${command}`);
					return reply(command);
				},
				release: () => {
					log.push('release');
					holder = null;
				}
			};
		},
		send: async () => {
			throw new Error('sent outside the lease');
		}
	} as unknown as Elm327;
	/** Someone else (a scan) takes the adapter, or gives it back with `null`. */
	return { elm, hold: (owner: string | null) => (holder = owner) };
}
