import { describe, expect, it, vi } from 'vitest';
import type { AdapterIdentity, Elm327, OpenOptions } from '../elm327/types';
import { AdapterError } from '../transport/adapter-error';
import type { ByteLink } from '../transport/byte-link';
import { SessionState } from './session.svelte';

const identity: AdapterIdentity = {
	identity: 'ELM327 v1.5',
	version: '1.5',
	kind: 'clone',
	description: null,
	stnFirmware: null,
	stnDevice: null,
	reasons: ['answers v1.5'],
	supports: {
		RV: true,
		IGN: false,
		DPN: true,
		AT1: true,
		AT2: false,
		CAF: true,
		ST: true,
		SH: true,
		CRA: true
	}
};

function fakeLink(): ByteLink & { closed: boolean } {
	return {
		label: 'fake',
		closed: false,
		readable: new ReadableStream(),
		writable: new WritableStream(),
		async close() {
			this.closed = true;
		}
	};
}

function fakeElm(): Elm327 & { end(reason: AdapterError | null): void } {
	const listeners = new Set<(r: AdapterError | null) => void>();
	let closed = false;
	return {
		adapter: identity,
		linkLabel: 'Fake link',
		send: async () => [],
		transcript: () => [],
		onTranscript: () => () => undefined,
		holder: null,
		acquire: () => {
			throw new Error('not used by SessionState');
		},
		onClose(l) {
			listeners.add(l);
			return () => listeners.delete(l);
		},
		get closed() {
			return closed;
		},
		async close() {
			closed = true;
			for (const l of listeners) l(null);
		},
		end(reason) {
			closed = true;
			for (const l of listeners) l(reason);
		}
	};
}

describe('SessionState', () => {
	it('connects, reports progress from both the link and the adapter init, and exposes the adapter', async () => {
		const elm = fakeElm();
		const session = new SessionState({
			makeLink: async (_kind, req) => {
				req.onProgress('Finding the adapter’s speed…');
				return fakeLink();
			},
			openElm327: async (_link, options?: OpenOptions) => {
				options?.onProgress?.('resetting');
				options?.onProgress?.('identifying', 'Asking the adapter who it is…');
				return elm;
			}
		});
		expect(await session.connect('usb')).toBe(true);
		expect(session.status).toBe('connected');
		expect(session.adapter?.kind).toBe('clone');
		expect(session.progress).toEqual([
			'Opening the connection…',
			'Finding the adapter’s speed…',
			'Resetting the adapter…',
			'Asking the adapter who it is…'
		]);
		expect(session.generation).toBe(1);
	});

	it('turns a failure into a plain message and closes the half-open link', async () => {
		const link = fakeLink();
		const session = new SessionState({
			makeLink: async () => link,
			openElm327: async () => {
				throw new AdapterError('no-response', 'The adapter did not answer.');
			}
		});
		expect(await session.connect('bt-serial')).toBe(false);
		expect(session.status).toBe('idle');
		expect(session.error).toEqual({ code: 'no-response', message: 'The adapter did not answer.' });
		expect(link.closed).toBe(true);
	});

	it('never shows raw exception text', async () => {
		const session = new SessionState({
			makeLink: async () => {
				throw new TypeError("Cannot read properties of undefined (reading 'open')");
			},
			openElm327: vi.fn()
		});
		await session.connect('usb');
		expect(session.error?.code).toBe('unexpected');
		expect(session.error?.message).not.toMatch(/undefined/);
	});

	it('returns to idle with the reason when the adapter disconnects mid-session', async () => {
		const elm = fakeElm();
		const session = new SessionState({
			makeLink: async () => fakeLink(),
			openElm327: async () => elm
		});
		await session.connect('ble');
		elm.end(new AdapterError('disconnected', 'The Bluetooth connection to the adapter was lost.'));
		expect(session.status).toBe('idle');
		expect(session.elm).toBeNull();
		expect(session.error?.code).toBe('disconnected');
	});

	it('a user disconnect is clean (no error) and a cancelled attempt leaves no error', async () => {
		const elm = fakeElm();
		const session = new SessionState({
			makeLink: async () => fakeLink(),
			openElm327: async () => elm
		});
		await session.connect('demo');
		await session.disconnect();
		expect(session.status).toBe('idle');
		expect(session.error).toBeNull();
		expect(elm.closed).toBe(true);

		let release: () => void = () => undefined;
		const slow = new SessionState({
			makeLink: (_k, req) =>
				new Promise((_resolve, reject) => {
					release = () => reject(req.signal.reason);
				}),
			openElm327: async () => elm
		});
		const attempt = slow.connect('usb');
		expect(slow.status).toBe('connecting');
		slow.cancel();
		release();
		expect(await attempt).toBe(false);
		expect(slow.status).toBe('idle');
		expect(slow.error).toBeNull();
	});
});
