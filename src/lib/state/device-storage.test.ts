import { describe, expect, it } from 'vitest';
import { createDeviceStorage, STORED_KEYS, type StorageLike } from './device-storage';

function memory(): StorageLike & { map: Map<string, string> } {
	const map = new Map<string, string>();
	return {
		map,
		getItem: (k) => map.get(k) ?? null,
		setItem: (k, v) => void map.set(k, v),
		removeItem: (k) => void map.delete(k)
	};
}

const securityError = () => new DOMException('The operation is insecure.', 'SecurityError');
const quotaError = () => new DOMException('Quota exceeded', 'QuotaExceededError');

describe('the registry of stored keys', () => {
	it('names each key once, with its version in the name', () => {
		const keys = Object.values(STORED_KEYS);
		expect(new Set(keys.map((k) => k.name)).size).toBe(keys.length);
		for (const k of keys) {
			expect(k.name).toMatch(/^fobsync\./);
			if (k.version) expect(k.name.endsWith(`.v${k.version}`), k.name).toBe(true);
		}
	});
});

describe('createDeviceStorage', () => {
	it('keeps text and checked JSON under registered keys', () => {
		const m = memory();
		const store = createDeviceStorage(() => m);
		expect(store.status).toBe('ok');
		expect(store.writeText(STORED_KEYS.demoScenario, 'mini-r53')).toBe(true);
		expect(store.readText(STORED_KEYS.demoScenario)).toBe('mini-r53');
		expect(store.write(STORED_KEYS.protocols, { lastProtocol: '6' })).toBe(true);
		const check = (v: unknown) => (typeof v === 'object' && v !== null ? (v as object) : null);
		expect(store.read(STORED_KEYS.protocols, check)).toEqual({ lastProtocol: '6' });
		expect(store.has(STORED_KEYS.protocols)).toBe(true);
		store.remove(STORED_KEYS.protocols);
		expect(store.has(STORED_KEYS.protocols)).toBe(false);
	});

	it('reads an unreadable copy, or one its check refuses, as none', () => {
		const m = memory();
		const store = createDeviceStorage(() => m);
		m.map.set(STORED_KEYS.guideSettings.name, '{not json');
		expect(store.read(STORED_KEYS.guideSettings, (v) => v)).toBeNull();
		m.map.set(STORED_KEYS.guideSettings.name, '[1]');
		expect(
			store.read(STORED_KEYS.guideSettings, () => {
				throw new Error('checker bug');
			})
		).toBeNull();
		expect(store.status).toBe('ok');
	});

	it('with site data blocked (the getter throws), keeps nothing, throws nothing, says blocked', () => {
		const store = createDeviceStorage(() => {
			throw securityError();
		});
		expect(store.status).toBe('blocked');
		expect(store.readText(STORED_KEYS.lastConnection)).toBeNull();
		expect(store.writeText(STORED_KEYS.lastConnection, 'demo')).toBe(false);
		expect(store.has(STORED_KEYS.guide)).toBe(false);
		expect(() => store.remove(STORED_KEYS.guide)).not.toThrow();
	});

	it('reports a full store once, and room again when a write lands', () => {
		const m = memory();
		let full = true;
		const store = createDeviceStorage(() => ({
			...m,
			setItem: (k, v) => {
				if (full) throw quotaError();
				m.setItem(k, v);
			}
		}));
		const heard: string[] = [];
		store.onStatus((s) => heard.push(s));
		expect(store.writeText(STORED_KEYS.lastReport, 'x')).toBe(false);
		expect(store.write(STORED_KEYS.guide, { a: 1 })).toBe(false);
		expect(store.status).toBe('full');
		expect(heard).toEqual(['full']);
		full = false;
		expect(store.writeText(STORED_KEYS.lastReport, 'x')).toBe(true);
		expect(heard).toEqual(['full', 'ok']);
	});

	it('a refused read (policy changed mid-visit) counts as blocked, reported once', () => {
		const store = createDeviceStorage(() => ({
			getItem: () => {
				throw securityError();
			},
			setItem: () => {
				throw securityError();
			},
			removeItem: () => undefined
		}));
		const heard: string[] = [];
		store.onStatus((s) => heard.push(s));
		expect(store.readText(STORED_KEYS.demoScenario)).toBeNull();
		expect(store.writeText(STORED_KEYS.demoScenario, 'x')).toBe(false);
		expect(heard).toEqual(['blocked']);
	});

	it('no storage at all (the build): nothing kept, nothing to report', () => {
		const store = createDeviceStorage(() => undefined);
		expect(store.status).toBe('absent');
		expect(store.readText(STORED_KEYS.demoScenario)).toBeNull();
	});

	it('reads a text key through its check, raw; a check that throws counts as nothing kept', () => {
		const m = memory();
		const store = createDeviceStorage(() => m);
		store.writeText(STORED_KEYS.lastReport, '{"a":1}');
		expect(store.read(STORED_KEYS.lastReport, (text) => text.length)).toBe(7);
		expect(
			store.read(STORED_KEYS.lastReport, () => {
				throw new Error('not a report');
			})
		).toBeNull();
		expect(store.status).toBe('ok');
	});
});
