import { createContext } from 'svelte';
import type { BodyModule } from '../simulator/body-module/body-module';
import type { SimulatedLink } from '../simulator/simulated-link';
import type { ByteLink } from '../transport/byte-link';
import type { LinkMaker } from './session.svelte';

/**
 * The demo car's body module (virtual keys, ignition switch, door, locks), for
 * the rehearsal panel. SessionState keeps only the ELM327 session, so the
 * demo's link maker hands the simulated car here as the link is made
 * (`linkMaker`). The car outlives the adapter session, as a real car would:
 * the owner can go on practising after disconnecting; the next connection
 * replaces it (or clears it, for a real adapter).
 */
export class RehearsalState {
	#body = $state.raw<BodyModule | null>(null);
	#scenarioId = $state<string | null>(null);
	/** Guides told of the practice key's presses (see `feed`); not shown, so not reactive. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#guides = new Set<PracticeGuide>();
	#stopPresses: (() => void) | null = null;

	/** The demo car's body module; null outside the demo or on a demo car without one. */
	get body(): BodyModule | null {
		return this.#body;
	}

	/** Which demo car it is (a scenario id), while `body` is set. */
	get scenarioId(): string | null {
		return this.#scenarioId;
	}

	/** Takes the body module of a demo link (null when it is not a rehearsal car). */
	attach(link: ByteLink, scenarioId: string | null): void {
		this.#body?.dispose();
		const body = bodyOf(link);
		this.#body = body;
		this.#scenarioId = body ? scenarioId : null;
		this.#listen(body);
	}

	/** Forgets the demo car (a real adapter was connected). */
	clear(): void {
		this.#body?.dispose();
		this.#body = null;
		this.#scenarioId = null;
		this.#listen(null);
	}

	/**
	 * Tells `guide` of every press on the practice key, on this car and the
	 * next one, until the returned function is called: the guide counts them
	 * as the owner's presses (the live checks tell it about the ignition the
	 * same way a real car's engine computer does, through the adapter).
	 */
	feed(guide: PracticeGuide): () => void {
		this.#guides.add(guide);
		return () => this.#guides.delete(guide);
	}

	#listen(body: BodyModule | null): void {
		this.#stopPresses?.();
		this.#stopPresses =
			body?.onPress((p) => {
				for (const guide of this.#guides) guide.notePracticePress(p.button);
			}) ?? null;
	}

	/**
	 * Wraps the app's link maker: each demo link hands its car here, each real
	 * link clears it. Nothing else about the link changes.
	 */
	linkMaker(makeLink: LinkMaker): LinkMaker {
		return async (kind, request) => {
			const link = await makeLink(kind, request);
			if (kind === 'demo') this.attach(link, request.scenarioId ?? null);
			else this.clear();
			return link;
		};
	}
}

/** What the rehearsal tells the guide (WizardState has it). */
export interface PracticeGuide {
	notePracticePress(button: string): void;
}

/** The body module behind a simulated link, or null for any other link. */
export function bodyOf(link: ByteLink): BodyModule | null {
	const car = (link as Partial<SimulatedLink>).car;
	return car && typeof car === 'object' && 'body' in car ? (car.body ?? null) : null;
}

const [getRehearsal, setRehearsal] = createContext<RehearsalState>();

/** Makes `rehearsal` the demo car's state for every component below the caller (the root layout). */
export { setRehearsal };

/** The demo car's rehearsal state, provided by the root layout. */
export function useRehearsal(): RehearsalState {
	return getRehearsal();
}
