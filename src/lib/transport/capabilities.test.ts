import { describe, expect, it } from 'vitest';
import { readBrowserInfo } from './browser-info';
import { bluetoothRadioAvailable, detectCapabilities, type CapabilityEnv } from './capabilities';

const UA = {
	chromeWin:
		'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Safari/537.36',
	chromeOld:
		'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/110.0.0.0 Safari/537.36',
	chromeAndroid:
		'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Mobile Safari/537.36',
	edge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Safari/537.36 Edg/139.0.0.0',
	firefox: 'Mozilla/5.0 (X11; Linux x86_64; rv:151.0) Gecko/20100101 Firefox/151.0',
	safari:
		'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15',
	iphone:
		'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/139.0 Mobile/15E148 Safari/604.1'
};

const env = (
	userAgent: string,
	apis: { serial?: boolean; bluetooth?: boolean } = {},
	extra: Partial<CapabilityEnv['navigator']> = {},
	isSecureContext = true
): CapabilityEnv => ({
	navigator: {
		userAgent,
		serial: apis.serial ? {} : undefined,
		bluetooth: apis.bluetooth ? {} : undefined,
		...extra
	},
	isSecureContext
});

describe('readBrowserInfo', () => {
	it('tells browsers, versions and platforms apart', () => {
		expect(readBrowserInfo({ userAgent: UA.chromeWin })).toMatchObject({
			family: 'chrome',
			version: 139,
			platform: 'desktop'
		});
		expect(readBrowserInfo({ userAgent: UA.edge }).family).toBe('edge');
		expect(readBrowserInfo({ userAgent: UA.chromeAndroid })).toMatchObject({
			platform: 'android',
			description: 'Chrome 140 on Android'
		});
		expect(readBrowserInfo({ userAgent: UA.firefox })).toMatchObject({
			family: 'firefox',
			version: 151
		});
		expect(readBrowserInfo({ userAgent: UA.iphone }).platform).toBe('ios');
		// iPadOS asks for the desktop site and looks like a Mac, but has a touch screen.
		expect(readBrowserInfo({ userAgent: UA.safari, maxTouchPoints: 5 }).platform).toBe('ios');
		expect(readBrowserInfo({ userAgent: UA.safari }).platform).toBe('desktop');
	});

	it('prefers client hints when they name a known brand', () => {
		const info = readBrowserInfo({
			userAgent: UA.chromeWin,
			userAgentData: {
				brands: [
					{ brand: 'Not)A;Brand', version: '8' },
					{ brand: 'Chromium', version: '141' },
					{ brand: 'Google Chrome', version: '141' }
				]
			}
		});
		expect(info).toMatchObject({ family: 'chrome', version: 141 });
	});
});

describe('detectCapabilities', () => {
	it('Chrome on a computer: USB works, Bluetooth serial may, BLE works', () => {
		const caps = detectCapabilities(env(UA.chromeWin, { serial: true, bluetooth: true }));
		expect(caps.transports.usb.support).toBe('yes');
		expect(caps.transports['bt-serial'].support).toBe('maybe');
		expect(caps.transports['bt-serial'].reason).toMatch(/since version 117/);
		expect(caps.transports.ble.support).toBe('yes');
		// Pin 16 is permanent power: the ignition is not what powers the adapter.
		expect(caps.transports.ble.reason).not.toMatch(/ignition on/i);
		expect(caps.transports.ble.reason).toMatch(/power even with the ignition off/);
		expect(caps.advice.at(-1)).toMatch(/demo/);
	});

	it('old Chrome on a computer cannot open Bluetooth serial ports', () => {
		const caps = detectCapabilities(env(UA.chromeOld, { serial: true }));
		expect(caps.transports['bt-serial'].support).toBe('no');
		expect(caps.transports['bt-serial'].reason).toMatch(/117/);
	});

	it('Chrome 140 on Android: Bluetooth serial may work, USB needs 148', () => {
		const caps = detectCapabilities(env(UA.chromeAndroid, { serial: true, bluetooth: true }));
		expect(caps.transports.usb.support).toBe('no');
		expect(caps.transports.usb.reason).toMatch(/148/);
		expect(caps.transports['bt-serial'].support).toBe('maybe');
		expect(caps.transports.ble.support).toBe('yes');
	});

	it('Firefox 151 on a computer: serial yes, Bluetooth LE no, and says so', () => {
		const caps = detectCapabilities(env(UA.firefox, { serial: true }));
		expect(caps.transports.usb.support).toBe('yes');
		expect(caps.transports['bt-serial'].support).toBe('maybe');
		expect(caps.transports.ble).toMatchObject({
			support: 'no',
			reason: expect.stringMatching(/Firefox/)
		});
		expect(caps.advice.join(' ')).toMatch(/Firefox reaches USB cables/);
	});

	it('Safari and iPhone reach nothing, and the advice points to Chrome and the demo', () => {
		for (const ua of [UA.safari, UA.iphone]) {
			const caps = detectCapabilities(env(ua));
			expect(Object.values(caps.transports).map((t) => t.support)).toEqual(['no', 'no', 'no']);
			expect(caps.advice.join(' ')).toMatch(/Chrome/);
			expect(caps.advice.join(' ')).toMatch(/Wi-Fi adapters cannot be reached/);
		}
	});

	it('an insecure page gets nothing, whatever the browser', () => {
		const caps = detectCapabilities(
			env(UA.chromeWin, { serial: true, bluetooth: true }, {}, false)
		);
		expect(caps.webSerial).toBe(false);
		expect(caps.transports.usb.reason).toMatch(/https/);
	});
});

describe('bluetoothRadioAvailable', () => {
	it('asks getAvailability and copes with its absence or failure', async () => {
		const bt = (impl: unknown) => impl as Bluetooth;
		expect(await bluetoothRadioAvailable(undefined)).toBeNull();
		expect(await bluetoothRadioAvailable(bt({ getAvailability: async () => false }))).toBe(false);
		expect(await bluetoothRadioAvailable(bt({ getAvailability: async () => true }))).toBe(true);
		expect(
			await bluetoothRadioAvailable(bt({ getAvailability: () => Promise.reject(new Error('x')) }))
		).toBeNull();
	});
});

describe('what the connect page says about this browser', () => {
	it('names adapters, not browser APIs or settings pages', () => {
		for (const ua of Object.values(UA)) {
			for (const apis of [{}, { serial: true }, { bluetooth: true }]) {
				const caps = detectCapabilities(env(ua, apis));
				const words = [...Object.values(caps.transports).map((t) => t.reason), ...caps.advice].join(
					' '
				);
				expect(words, ua).not.toMatch(/chrome:\/\/|Web Bluetooth|Web Serial|flags/);
			}
		}
	});
});
