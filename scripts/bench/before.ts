// The init figures before the lean init (issue 10), so the bench prints the
// change next to today's numbers. Measured with this bench's init table on the
// commit before the lean init (1c5c747: ATZ ATE0 ATL0 ATS1 ATH1 ATAT1 ATSP0 ATI
// AT@1 STI ATRV ATIGN ATDPN, plus STDI on STN chips) over the same realistic
// model; the ELM327 v1.4b, STN2120 and both clone figures are the ones the
// issue-10 note recorded (ARCHITECTURE.md, "Init").
export const INIT_BEFORE: Readonly<Record<string, { ms: number; commands: number }>> = {
	'elm327-v1.4b': { ms: 1050, commands: 13 },
	'elm327-v2.2': { ms: 1049, commands: 13 },
	stn2120: { ms: 550, commands: 14 },
	'clone-v1.5': { ms: 2080, commands: 13 },
	'clone-v2.1': { ms: 3090, commands: 13 }
};

/** Today's init rows with the figures from before the lean init beside them. */
export function withBefore<T extends { adapter: string; 'init ms': number; commands: number }>(
	rows: readonly T[]
) {
	return rows.map(({ adapter, 'init ms': ms, commands, ...rest }) => {
		const before = INIT_BEFORE[adapter];
		return {
			adapter,
			'before: cmds': before?.commands ?? '-',
			'before: ms': before?.ms ?? '-',
			'today: cmds': commands,
			'today: ms': ms,
			'ms saved': before ? before.ms - ms : '-',
			...rest
		};
	});
}
