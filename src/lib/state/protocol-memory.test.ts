import { describe, expect, it } from 'vitest';
import { createProtocolMemory } from './protocol-memory';
import { memoryStorage, throwingStorage } from './test/memory-storage';

describe('createProtocolMemory', () => {
	it('has no hint at first, and remembers the last car by VIN', () => {
		const storage = memoryStorage();
		const m = createProtocolMemory(storage);
		expect(m.hint()).toBeNull();
		m.remember('WMWRE33546TJ12345', '3');
		expect(createProtocolMemory(storage).hint()).toBe('3');
		m.remember('WMWMF33558TL12345', '6');
		expect(m.hint()).toBe('6');
	});
	it('remembers a car without VIN as the last car', () => {
		const m = createProtocolMemory(memoryStorage());
		m.remember(null, '5');
		expect(m.hint()).toBe('5');
	});
	it('ignores protocol codes the adapter cannot have printed, and corrupt storage', () => {
		const storage = memoryStorage();
		const m = createProtocolMemory(storage);
		m.remember(null, 'A6');
		expect(m.hint()).toBeNull();
		storage.map.set('fobsync.protocols.v1', '{not json');
		expect(m.hint()).toBeNull();
	});
	it('keeps working in memory when storage throws (private mode, quota)', () => {
		const m = createProtocolMemory(throwingStorage());
		m.remember(null, '6');
		expect(m.hint()).toBe('6');
		m.forget();
		expect(m.hint()).toBeNull();
	});
});
