import { AdapterError, isAdapterError } from '../transport/adapter-error';
import { classifyAdapter } from './identity';
import type { Elm327Session } from './session';
import { SETTINGS } from './session';
import { classifyLine } from './status';
import type { InitStep, OptionalCommand } from './types';

type Progress = (step: InitStep, detail?: string) => void;

/**
 * Resets and sets up the adapter, then learns who it is and what it supports.
 *
 * Sent, in order: ATZ (or ATWS if ATZ stalls), ATE0 ATL0 ATS1 ATH1 ATAT1,
 * ATSP0, ATI, AT@1, STI (STDI on STN chips), ATRV, ATIGN, ATDPN.
 * Spaces stay on (ATS1) so raw replies stay readable in the transcript and
 * the report; headers on (ATH1) so every answer names its ECU.
 */
export async function initialise(
	session: Elm327Session,
	progress: Progress,
	signal?: AbortSignal
): Promise<void> {
	const ask = async (command: string, timeoutMs?: number): Promise<string[] | null> => {
		try {
			return await session.sendRaw(command, { signal, timeoutMs });
		} catch (error) {
			if (isAdapterError(error, 'timeout')) return null;
			throw error;
		}
	};
	const ok = (lines: string[] | null) =>
		lines !== null && !lines.some((l) => classifyLine(l).kind === 'error');

	progress('resetting');
	let reset = await ask('ATZ');
	if (reset === null || !reset.some(isBanner)) {
		// Some clones stall or answer '?' to ATZ (leftover bytes in their input); a warm start is gentler.
		reset = await ask('ATWS');
		if (reset === null && !session.transcript().some((e) => e.dir === 'rx')) {
			// Not one byte in two resets: nothing is listening at this end of the link.
			throw new AdapterError(
				'no-response',
				'The adapter does not answer. Check it is plugged in and switched on, then connect again.'
			);
		}
	}

	progress('configuring');
	let configured = 0;
	for (const c of [...SETTINGS, 'ATSP0']) {
		const lines = await ask(c);
		if (lines === null && configured === 0) {
			throw new AdapterError(
				'no-response',
				'The adapter does not answer. Check it is plugged in and switched on, then connect again.'
			);
		}
		if (ok(lines)) configured++;
	}
	session.settingsApplied();

	progress('identifying');
	const ati = firstData(await ask('ATI')) ?? firstData(reset) ?? '';
	const at1 = firstData(await ask('AT@1'));
	const sti = firstData(await ask('STI'));
	const stdi = sti ? firstData(await ask('STDI')) : null;

	progress('probing');
	const rv = await ask('ATRV');
	const ign = await ask('ATIGN');
	const dpn = await ask('ATDPN');
	const accepted = (lines: string[] | null) => ok(lines) && firstData(lines) !== null;
	const genuineish = !!sti || (at1 !== null && /\d/.test(ati));
	const supports: Record<OptionalCommand, boolean> = {
		RV: accepted(rv) && /\d+(\.\d+)?\s*V/i.test(rv!.join(' ')),
		IGN: accepted(ign) && /^(ON|OFF)$/i.test(firstData(ign) ?? ''),
		DPN: accepted(dpn),
		AT1: configured >= SETTINGS.length,
		// Not probed (each probe costs a round trip on a slow clone): present on genuine
		// v1.2+ and STN chips, assumed absent on others so nothing relies on them.
		AT2: genuineish,
		CAF: true,
		ST: true,
		SH: true,
		CRA: genuineish
	};
	session.adapter = classifyAdapter({ ati, at1, sti, stdi, supports });
	progress('ready', `Adapter ready: ${session.adapter.identity || 'unidentified'}`);
}

function isBanner(line: string): boolean {
	return classifyLine(line).kind === 'banner';
}

/** The first line that is data (not '?', not an error), or null. */
function firstData(lines: string[] | null): string | null {
	if (!lines) return null;
	const line = lines.find(
		(l) => classifyLine(l).kind === 'data' || classifyLine(l).kind === 'banner'
	);
	return line ?? null;
}
