import { describe, expect, it } from 'vitest';
import { inferIgnition } from './ignition';

describe('inferIgnition', () => {
	const base = { ignPin: null, carAnswered: false, rpm: null, volts: 12.4 } as const;

	it('says running when the engine computer reports engine speed above zero', () => {
		expect(inferIgnition({ ...base, carAnswered: true, rpm: 812 }).state).toBe('running');
	});
	it('says on when the car answers at 0 rpm or without rpm', () => {
		expect(inferIgnition({ ...base, carAnswered: true, rpm: 0 }).state).toBe('on');
		expect(inferIgnition({ ...base, carAnswered: true }).state).toBe('on');
	});
	it('says off when the adapter answers but the car does not', () => {
		const r = inferIgnition(base);
		expect(r.state).toBe('off');
		expect(r.source).toMatch(/no engine computer/);
	});
	it('trusts the ignition pin for off, and does not claim off when the pin says on', () => {
		expect(inferIgnition({ ...base, ignPin: 'off' }).state).toBe('off');
		expect(inferIgnition({ ...base, ignPin: 'on' }).state).toBe('unknown');
	});
	it('does not claim off when the adapter reads almost no voltage (not plugged in)', () => {
		expect(inferIgnition({ ...base, volts: 0.3 }).state).toBe('unknown');
	});
	it('lets the car answering outrank a pin that says off (pin 15 often unwired)', () => {
		expect(inferIgnition({ ...base, ignPin: 'off', carAnswered: true, rpm: 0 }).state).toBe('on');
	});
});
