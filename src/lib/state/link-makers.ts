import { createSimulatedLink } from '../simulator';
import { AdapterError } from '../transport/adapter-error';
import type { ByteLink } from '../transport/byte-link';
import type { ConnectionKind } from './connection-kind';
import type { LinkRequest } from './session.svelte';

/** The demo car when the user does not pick one: the brief's 2003 MINI Cooper. */
export const DEFAULT_DEMO_SCENARIO = 'mini-r50-2003';

/** Opens the real link for `kind`: the browser's device APIs, or the simulator for the demo. */
export async function makeLink(kind: ConnectionKind, request: LinkRequest): Promise<ByteLink> {
	switch (kind) {
		case 'demo':
			request.onProgress('Plugging into the simulated car…');
			return createSimulatedLink(request.scenarioId ?? DEFAULT_DEMO_SCENARIO);
		default:
			throw new AdapterError('not-supported', 'This connection type is not available yet.');
	}
}
