import { AdapterError } from '../transport/adapter-error';
import { classifyAdapter, GENUINE_VERSIONS, versionOf } from './identity';
import { attempt, type Reply } from './reply';
import type { Elm327Session } from './session';
import { SETTINGS } from './session';
import { classifyLine } from './status';
import type { InitStep, OptionalCommand } from './types';

type Progress = (step: InitStep, detail?: string) => void;

/**
 * Resets and sets up the adapter, then learns who it is. Every command has to
 * earn its place (timings: ELM327 datasheet; figures per adapter: `npm run bench`):
 *
 * - `ATWS`: the datasheet's quick reset: it restores exactly what `ATZ` does
 *   but skips the LED test ("considerably faster") and keeps a baud rate set
 *   with AT BRD, which the link may be running at. Its answer is the banner,
 *   so `ATI` is not needed. `ATZ` only when WS is refused or stalls (some
 *   clones), and it is the command reported to drop some Bluetooth clones.
 * - `ATE0` (echo off halves what every later command sends back, which counts
 *   on slow BLE) and `ATH1` (headers name the answering unit and carry the
 *   check bytes decoding verifies). Not sent because the reset already set
 *   them (datasheet defaults): `ATS1` spaces on, `ATAT1` adaptive timing,
 *   `ATCAF1`; `ATL0` is not needed because framing accepts CR, LF or both;
 *   `ATSP0` is not needed because the scan sets the protocol it tries.
 * - Identity: a version Elm Electronics never released is a clone, full stop;
 *   otherwise `AT@1` (every genuine chip answers it), then `STI` (STN chips
 *   answer it; `STDI` names the device), and `ATIGN` only on a genuine-looking
 *   v2.x, where supporting it is part of the evidence.
 * - Not sent: `ATRV` and `ATDPN` (the scan reads the voltage and the protocol
 *   when it needs them; before a search DPN can only say "auto"). The
 *   adapter's `supports` lists only what was tried; the session adds to it as
 *   later commands are accepted or refused.
 */
export async function initialise(
	session: Elm327Session,
	progress: Progress,
	signal?: AbortSignal
): Promise<void> {
	const ask = async (command: string): Promise<Reply> => {
		const reply = await attempt(session.sendRaw(command, { signal }));
		if (!reply.ok && reply.error.code !== 'timeout') throw reply.error;
		return reply;
	};
	const heardAnything = () => session.transcript().some((e) => e.dir === 'rx');

	progress('resetting');
	let reset = await ask('ATWS');
	if (!hasBanner(reset)) {
		// WS refused ('?'), answered oddly or stalled: the full reset.
		reset = await ask('ATZ');
		if (!reset.ok && !heardAnything()) throw silentAdapter();
	}

	progress('configuring');
	for (const [i, c] of SETTINGS.entries()) {
		const reply = await ask(c);
		if (!reply.ok && i === 0 && !heardAnything()) throw silentAdapter();
	}
	session.settingsApplied();

	progress('identifying');
	const ati = bannerOf(reset) ?? firstData(await ask('ATI')) ?? '';
	const version = versionOf(ati);
	const supports: Partial<Record<OptionalCommand, boolean>> = {};
	let at1: string | null = null;
	let sti: string | null = null;
	let stdi: string | null = null;
	if (version !== null && GENUINE_VERSIONS.has(version)) {
		at1 = firstData(await ask('AT@1'));
		if (at1 !== null) {
			sti = firstData(await ask('STI'));
			if (sti !== null) stdi = firstData(await ask('STDI'));
			else if (version.startsWith('2')) {
				const ign = await ask('ATIGN');
				supports.IGN = ign.ok && /^(ON|OFF)$/i.test(firstData(ign) ?? '');
			}
		}
	}
	session.adapter = classifyAdapter({ ati, at1, sti, stdi, supports });
	// The chip version stays in the adapter card's details, not in the status line.
	progress('ready', 'Adapter ready.');
}

function silentAdapter(): AdapterError {
	return new AdapterError(
		'no-response',
		'The adapter does not answer. Check it is plugged in and switched on, then connect again.'
	);
}

function hasBanner(reply: Reply): boolean {
	return bannerOf(reply) !== null;
}

function bannerOf(reply: Reply): string | null {
	return reply.ok ? (reply.lines.find((l) => classifyLine(l).kind === 'banner') ?? null) : null;
}

/** The first line that is an answer (data or a banner; not '?', not an error), or null. */
function firstData(reply: Reply): string | null {
	if (!reply.ok) return null;
	const kinds = reply.lines.map((l) => classifyLine(l).kind);
	if (kinds.includes('error')) return null;
	return reply.lines.find((_, i) => kinds[i] === 'data' || kinds[i] === 'banner') ?? null;
}
