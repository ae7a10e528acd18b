/**
 * The demo cars built for rehearsal (a simulated body module with virtual
 * keys), in the words of the practice page. Ids are simulator scenario ids;
 * practice-cars.test.ts checks each one exists and has a body module, so this
 * list cannot drift from the simulator. Kept free of simulator imports so a
 * page can offer practice without loading the simulator.
 */
export interface PracticeCar {
	readonly scenarioId: string;
	/** What the owner picks by: the car and its keys. */
	readonly label: string;
	/** What there is to practise on it. */
	readonly practise: string;
	/** Catalogue procedures (main ids) this car rehearses; checked against the catalogue by the test. */
	readonly procedures: readonly string[];
	/** The car as the guide's Make, Model and Year would pick it (the test finds its procedures with it). */
	readonly car: { readonly make: string; readonly model: string; readonly year: number };
}

export const PRACTICE_CARS: readonly PracticeCar[] = [
	{
		scenarioId: 'mini-r53-2005',
		label: '2005 MINI Cooper S (R53), 3-button keys',
		practise:
			'The remote initialisation of a MINI built from July 2004: key 2 starts the car but its remote does not work.',
		procedures: ['mini-r5x-3-button', 'bmw-remote-init'],
		car: { make: 'MINI', model: 'MINI Cooper S hatch (R53)', year: 2005 }
	},
	{
		scenarioId: 'mini-r50-2003',
		label: '2003 MINI Cooper (R50), 2-button keys',
		practise: 'The quick resync of a MINI built before July 2004: key 2’s remote is out of sync.',
		procedures: ['mini-r5x-2-button-quick'],
		car: { make: 'MINI', model: 'MINI One / Cooper hatch (R50)', year: 2003 }
	},
	{
		scenarioId: 'ford-f150-2005',
		label: '2005 Ford F-150, a replacement remote',
		practise: 'Programming remotes by eight ignition cycles: remote 2 is new to the truck.',
		procedures: ['ford-rke-8-turns'],
		car: { make: 'Ford', model: 'F-150', year: 2005 }
	},
	{
		scenarioId: 'vauxhall-astra-h-2007',
		label: '2007 Vauxhall Astra TwinTop (Astra H)',
		practise: 'The synchronisation after a battery change: key 1’s remote stopped working.',
		procedures: ['vauxhall-astra-h-sync'],
		car: { make: 'Vauxhall', model: 'Astra H (including TwinTop)', year: 2007 }
	},
	{
		scenarioId: 'vauxhall-astra-g-2001',
		label: '2001 Vauxhall Astra convertible (Astra G)',
		practise: 'The remote reset with the ignition on: the spare key’s remote no longer works.',
		procedures: ['vauxhall-hold-lock-sync'],
		car: { make: 'Vauxhall', model: 'Astra G', year: 2001 }
	},
	{
		scenarioId: 'jaguar-x-type-2004',
		label: '2004 Jaguar X-Type, a second remote',
		practise:
			'The remote programming from Jaguar’s bulletin: four turns of the key with the door open, then each remote within 10 seconds. Remote 2 is new to the car.',
		procedures: ['jaguar-x-type-remote'],
		car: { make: 'Jaguar', model: 'X-Type', year: 2004 }
	}
];

/** The practice car for a procedure, when there is one. */
export function practiceCarFor(procedureId: string): PracticeCar | null {
	return PRACTICE_CARS.find((c) => c.procedures.includes(procedureId)) ?? null;
}
