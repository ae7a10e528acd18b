import { describe, expect, it } from 'vitest';
import { detectCapabilities } from '$lib/transport/capabilities';
import { choiceOrder } from './choice-order';

const ANDROID =
	'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Mobile Safari/537.36';
const WINDOWS =
	'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Safari/537.36';
const IPHONE =
	'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

const caps = (userAgent: string, apis: { serial?: boolean; bluetooth?: boolean }) =>
	detectCapabilities({
		isSecureContext: true,
		navigator: {
			userAgent,
			serial: apis.serial ? {} : undefined,
			bluetooth: apis.bluetooth ? {} : undefined
		}
	});

describe('which connection the connect page leads with', () => {
	it('Chrome on an Android phone: Bluetooth LE first, even with Web Serial', () => {
		expect(choiceOrder(caps(ANDROID, { serial: true, bluetooth: true }))).toEqual({
			lead: 'ble',
			others: ['usb', 'bt-serial']
		});
	});

	it('Chrome on a computer with Web Serial: the USB cable first', () => {
		expect(choiceOrder(caps(WINDOWS, { serial: true, bluetooth: true })).lead).toBe('usb');
	});

	it('an iPhone reaches no adapter: the demo leads, every kind still listed', () => {
		const order = choiceOrder(caps(IPHONE, {}));
		expect(order.lead).toBeNull();
		expect(order.others).toEqual(['usb', 'bt-serial', 'ble']);
	});

	it('before the browser is known (the prerendered page): the plain order', () => {
		expect(choiceOrder(null).lead).toBeNull();
	});
});
