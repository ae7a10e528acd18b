import { describe, expect, it } from 'vitest';
import type { VehicleReport } from '$lib/scan/types';
import { batteryAdvice } from './battery-advice';

/** Only what the battery advice reads from a report. */
function report(fields: Pick<VehicleReport, 'ignition' | 'rpm' | 'batteryVolts'>): VehicleReport {
	return { ...fields, vehicle: null } as unknown as VehicleReport;
}

describe('batteryAdvice', () => {
	it('a charging voltage from a car whose computer gave no engine speed is not called a rested battery', () => {
		// Ignition on, engine speed not reported: the engine may be running (engineRunningOf: null).
		const advice = batteryAdvice(report({ ignition: 'on', rpm: null, batteryVolts: 14.1 }));
		expect(advice.verdict).toBe('charging');
		expect(advice.advice).toMatch(/looks like a running engine or a charger/);
	});

	it('an engine known to be stopped reads as a rested battery', () => {
		const advice = batteryAdvice(report({ ignition: 'on', rpm: 0, batteryVolts: 12.6 }));
		expect(advice.verdict).toBe('rested-good');
	});
});
