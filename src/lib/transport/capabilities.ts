import {
	isChromium,
	readBrowserInfo,
	type BrowserInfo,
	type UserAgentSource
} from './browser-info';

/** The kinds of real link a browser may open (the demo needs nothing and always works). */
export type TransportKind = 'usb' | 'bt-serial' | 'ble';

/** 'maybe' when the API exists but support cannot be detected (Bluetooth serial, USB on Android). */
export type Support = 'yes' | 'maybe' | 'no';

export interface TransportSupport {
	readonly support: Support;
	/** One plain sentence: why, and what to do otherwise. */
	readonly reason: string;
}

export interface Capabilities {
	readonly secureContext: boolean;
	readonly browser: BrowserInfo;
	readonly webSerial: boolean;
	readonly webBluetooth: boolean;
	readonly transports: Readonly<Record<TransportKind, TransportSupport>>;
	/** What to do when the adapter's kind does not work here; always ends on the demo. */
	readonly advice: readonly string[];
}

/** What `detectCapabilities` reads: `navigator` and `window.isSecureContext`, injected. */
export interface CapabilityEnv {
	readonly navigator: UserAgentSource & { readonly serial?: unknown; readonly bluetooth?: unknown };
	readonly isSecureContext: boolean;
}

/** Chrome versions that opened Bluetooth serial (RFCOMM) ports (docs/domain.md §8, browser-compat data). */
const RFCOMM_DESKTOP_FROM = 117;
const RFCOMM_ANDROID_FROM = 138;
/** Chrome on Android opens only Bluetooth serial ports before this version (docs/domain.md §8). */
const USB_ANDROID_FROM = 148;

/**
 * What this browser can reach. Pure: everything comes from `env`.
 * Web Serial and Web Bluetooth exist only in secure contexts (MDN), so an
 * http page lacks both even in Chrome. Bluetooth serial (RFCOMM) is not
 * detectable at all, so it is at best 'maybe', explained from the version.
 */
export function detectCapabilities(env: CapabilityEnv): Capabilities {
	const browser = readBrowserInfo(env.navigator);
	const secureContext = env.isSecureContext;
	const webSerial = secureContext && env.navigator.serial != null;
	const webBluetooth = secureContext && env.navigator.bluetooth != null;
	const insecure: TransportSupport = {
		support: 'no',
		reason: 'The page is not served securely (https), so the browser hides its device APIs.'
	};
	const transports: Record<TransportKind, TransportSupport> = secureContext
		? {
				usb: usbSupport(browser, webSerial),
				'bt-serial': btSerialSupport(browser, webSerial),
				ble: bleSupport(browser, webBluetooth)
			}
		: { usb: insecure, 'bt-serial': insecure, ble: insecure };
	return {
		secureContext,
		browser,
		webSerial,
		webBluetooth,
		transports,
		advice: advice(browser, transports)
	};
}

function usbSupport(browser: BrowserInfo, webSerial: boolean): TransportSupport {
	if (!webSerial) return { support: 'no', reason: noSerialReason(browser) };
	if (browser.platform === 'android') {
		if (browser.version !== null && browser.version < USB_ANDROID_FROM) {
			return {
				support: 'no',
				reason: `Chrome on Android opens USB serial cables from version ${USB_ANDROID_FROM}; update Chrome, or use a Bluetooth adapter.`
			};
		}
		return {
			support: 'maybe',
			reason: 'May work through a USB-OTG adapter, if Android lets Chrome use the cable’s chip.'
		};
	}
	return { support: 'yes', reason: 'Plug the cable into this computer, then choose its port.' };
}

function btSerialSupport(browser: BrowserInfo, webSerial: boolean): TransportSupport {
	if (!webSerial) return { support: 'no', reason: noSerialReason(browser) };
	const since = browser.platform === 'android' ? RFCOMM_ANDROID_FROM : RFCOMM_DESKTOP_FROM;
	if (isChromium(browser) && browser.version !== null && browser.version < since) {
		return {
			support: 'no',
			reason: `Chrome opens paired Bluetooth serial dongles from version ${since} on ${browser.platform === 'android' ? 'Android' : 'computers'}; update the browser.`
		};
	}
	if (isChromium(browser) && browser.version !== null) {
		return {
			support: 'maybe',
			reason: `${browser.description} supports paired classic-Bluetooth dongles (since version ${since}); it cannot be checked before you try. Pair the dongle in the system settings first.`
		};
	}
	return {
		support: 'maybe',
		reason:
			'This browser opens serial ports, but whether it reaches Bluetooth dongles cannot be checked before you try.'
	};
}

function bleSupport(browser: BrowserInfo, webBluetooth: boolean): TransportSupport {
	if (webBluetooth) {
		// The socket's pin 16 is permanent battery power, so the ignition does not power the
		// adapter (docs/domain.md, "Battery voltage"; SAE J1962).
		return {
			support: 'yes',
			reason:
				'Plug the adapter into the car’s diagnostic socket (it has power even with the ignition off), then choose it.'
		};
	}
	if (browser.family === 'firefox') {
		return { support: 'no', reason: 'Firefox cannot use Bluetooth LE adapters.' };
	}
	if (browser.platform === 'ios' || browser.family === 'safari') {
		return {
			support: 'no',
			reason: 'Safari and every browser on iPhone or iPad cannot use Bluetooth LE adapters.'
		};
	}
	if (isChromium(browser) && browser.platform === 'desktop') {
		return {
			support: 'no',
			reason:
				'Bluetooth LE is switched off in this browser (on Linux, Chrome keeps it behind an experimental setting).'
		};
	}
	return { support: 'no', reason: 'This browser cannot use Bluetooth LE adapters.' };
}

function noSerialReason(browser: BrowserInfo): string {
	if (browser.platform === 'ios') return 'iPhone and iPad browsers cannot open serial ports.';
	if (browser.family === 'safari') return 'Safari cannot open serial ports.';
	if (browser.family === 'firefox') {
		return browser.platform === 'desktop'
			? 'Firefox opens serial ports from version 151 on computers; update Firefox or use Chrome.'
			: 'Firefox on phones cannot open serial ports.';
	}
	if (browser.platform === 'android') {
		return `Chrome on Android opens Bluetooth serial ports from version ${RFCOMM_ANDROID_FROM}; update Chrome.`;
	}
	return 'This browser cannot open serial ports; use Chrome or Edge.';
}

function advice(
	browser: BrowserInfo,
	transports: Record<TransportKind, TransportSupport>
): string[] {
	const out: string[] = [];
	const none = Object.values(transports).every((t) => t.support === 'no');
	if (browser.platform === 'ios') {
		out.push(
			'On iPhone and iPad no browser can reach an OBD adapter. Use Chrome on an Android phone or on a computer.'
		);
	} else if (browser.family === 'safari') {
		out.push('Safari cannot reach OBD adapters. Open this page in Chrome or Edge.');
	} else if (browser.family === 'firefox') {
		out.push(
			'Firefox reaches USB cables (version 151 and newer on computers) but not Bluetooth LE adapters. For Bluetooth LE, open this page in Chrome.'
		);
	} else if (none) {
		out.push(
			'This browser cannot reach OBD adapters. Open this page in Chrome on Android or on a computer.'
		);
	}
	out.push(
		'Wi-Fi adapters cannot be reached from any web page (browsers do not open raw network connections).'
	);
	out.push('The demo works everywhere: it simulates an adapter and a car.');
	return out;
}

/**
 * Whether a Bluetooth radio is present and on (`navigator.bluetooth.getAvailability()`),
 * or null when the browser cannot tell.
 */
export async function bluetoothRadioAvailable(
	bluetooth: Bluetooth | undefined
): Promise<boolean | null> {
	if (!bluetooth || typeof bluetooth.getAvailability !== 'function') return null;
	try {
		return await bluetooth.getAvailability();
	} catch {
		return null;
	}
}
