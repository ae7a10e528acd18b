import { describe, expect, it } from 'vitest';
import { createSimulatedLink, scenarios } from '$lib/simulator';
import { CATALOGUE } from '$lib/resync/test/full-catalogue';
import { findProcedures } from '$lib/resync/finder';
import { PRACTICE_CARS } from './practice-cars';

describe('practice cars', () => {
	it('are simulator scenarios with a body module, each listed once', () => {
		const ids = PRACTICE_CARS.map((c) => c.scenarioId);
		expect(new Set(ids).size).toBe(ids.length);
		for (const car of PRACTICE_CARS) {
			expect(scenarios.map((s) => s.id)).toContain(car.scenarioId);
			const link = createSimulatedLink(car.scenarioId, { latency: 'fast' });
			expect(link.car.body, car.scenarioId).not.toBeNull();
			void link.close();
		}
	});

	it('include every demo car that has a body module', () => {
		const withBody = scenarios
			.map((s) => s.id)
			.filter((id) => {
				const link = createSimulatedLink(id, { latency: 'fast' });
				const has = link.car.body !== null;
				link.car.body?.dispose();
				void link.close();
				return has;
			});
		expect(PRACTICE_CARS.map((c) => c.scenarioId).sort()).toEqual(withBody.sort());
	});

	it('name procedures the catalogue has (main procedures)', () => {
		for (const car of PRACTICE_CARS) {
			for (const id of car.procedures) {
				expect(CATALOGUE.procedure(id)?.variant, `${car.scenarioId}: ${id}`).toBeNull();
			}
		}
	});

	it('name the car as the guide picks it, and the guide finds their procedures for it', () => {
		for (const car of PRACTICE_CARS) {
			const found = findProcedures(
				{ car: { by: 'pick', ...car.car }, currentYear: 2026 },
				CATALOGUE
			);
			expect(found.ok, car.scenarioId).toBe(true);
			if (!found.ok) continue;
			const ids = found.candidates.map((c) => c.id);
			expect(ids, car.scenarioId).toContain(car.procedures[0]);
		}
	});

	it('rehearse exactly the procedures whose windows rehearsal-vs-guide.test.ts compares with the cars', () => {
		// Keep in step with WINDOWS in src/lib/resync/rehearsal-vs-guide.test.ts.
		expect([...new Set(PRACTICE_CARS.flatMap((c) => c.procedures))].sort()).toEqual(
			[
				'bmw-remote-init',
				'ford-rke-8-turns',
				'jaguar-x-type-remote',
				'mini-r5x-2-button-quick',
				'mini-r5x-3-button',
				'vauxhall-astra-h-sync',
				'vauxhall-hold-lock-sync'
			].sort()
		);
	});
});
