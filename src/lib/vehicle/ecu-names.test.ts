import { describe, expect, it } from 'vitest';
import { ecuInfoFor, ecuNameFor } from './ecu-names';

describe('ecuNameFor', () => {
	it('names 11-bit CAN responders', () => {
		expect(ecuNameFor('7E8')).toMatch(/Engine/);
		expect(ecuNameFor('7E9')).toMatch(/Transmission/);
		expect(ecuNameFor('7EA')).toBe('Emissions-related module #3');
		expect(ecuNameFor('7EF')).toBe('Emissions-related module #8');
	});
	it('names 29-bit CAN responders by their source address', () => {
		expect(ecuNameFor('18DAF110')).toMatch(/Engine/);
		expect(ecuNameFor('18 DA F1 18')).toMatch(/Transmission/);
		expect(ecuNameFor('18DAF128')).toBe('Module at address 28');
	});
	it('names legacy K-line / J1850 source addresses', () => {
		expect(ecuNameFor('10')).toMatch(/Engine/);
		expect(ecuNameFor('18')).toMatch(/Transmission/);
		expect(ecuNameFor('28')).toBeNull();
	});
	it('returns null for anything else, and cites sources', () => {
		expect(ecuNameFor('7E0')).toBeNull();
		expect(ecuNameFor('hello')).toBeNull();
		expect(ecuInfoFor('7E8')?.source).toMatch(/ISO 15765-4/);
		expect(ecuInfoFor('10')?.addressing).toBe('legacy');
	});
});
