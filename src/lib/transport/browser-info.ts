/** Where the page runs, as far as the user agent tells. */
export type Platform = 'android' | 'ios' | 'desktop';

export type BrowserFamily =
	'chrome' | 'edge' | 'opera' | 'chromium' | 'firefox' | 'safari' | 'other';

export interface BrowserInfo {
	readonly family: BrowserFamily;
	/** Major version, or null when unknown. */
	readonly version: number | null;
	readonly platform: Platform;
	/** e.g. "Chrome 139 on Android". */
	readonly description: string;
}

/** The parts of `navigator` that identify the browser (User-Agent Client Hints where offered). */
export interface UserAgentSource {
	readonly userAgent: string;
	readonly maxTouchPoints?: number;
	readonly userAgentData?: {
		readonly brands?: readonly { readonly brand: string; readonly version: string }[];
		readonly mobile?: boolean;
		readonly platform?: string;
	};
}

const NAMES: Record<BrowserFamily, string> = {
	chrome: 'Chrome',
	edge: 'Edge',
	opera: 'Opera',
	chromium: 'Chromium',
	firefox: 'Firefox',
	safari: 'Safari',
	other: 'This browser'
};

/**
 * Reads browser family, major version and platform. Client Hints
 * (`navigator.userAgentData`, Chromium only; MDN) win when they name a known
 * brand; otherwise the User-Agent string is parsed. iPadOS reports itself as
 * a Mac, so a "Macintosh" with a touch screen counts as iOS (MDN, maxTouchPoints).
 */
export function readBrowserInfo(nav: UserAgentSource): BrowserInfo {
	const ua = nav.userAgent;
	const platform: Platform =
		/iPhone|iPad|iPod/.test(ua) || (/Macintosh/.test(ua) && (nav.maxTouchPoints ?? 0) > 1)
			? 'ios'
			: /Android/i.test(ua) || nav.userAgentData?.platform === 'Android'
				? 'android'
				: 'desktop';
	const { family, version } = fromBrands(nav.userAgentData?.brands) ?? fromUserAgent(ua);
	const where =
		platform === 'android' ? 'Android' : platform === 'ios' ? 'iPhone/iPad' : 'a computer';
	const name = family === 'other' ? NAMES.other : `${NAMES[family]}${version ? ` ${version}` : ''}`;
	return { family, version, platform, description: `${name} on ${where}` };
}

function fromBrands(
	brands: readonly { brand: string; version: string }[] | undefined
): { family: BrowserFamily; version: number | null } | null {
	if (!brands?.length) return null;
	const order: [string, BrowserFamily][] = [
		['Microsoft Edge', 'edge'],
		['Opera', 'opera'],
		['Google Chrome', 'chrome'],
		['Chromium', 'chromium']
	];
	for (const [brand, family] of order) {
		const hit = brands.find((b) => b.brand === brand);
		if (hit) return { family, version: toInt(hit.version) };
	}
	return null;
}

function fromUserAgent(ua: string): { family: BrowserFamily; version: number | null } {
	const match = (re: RegExp) => toInt(ua.match(re)?.[1]);
	if (/Edg(A|iOS)?\//.test(ua)) return { family: 'edge', version: match(/Edg(?:A|iOS)?\/(\d+)/) };
	if (/OPR\//.test(ua)) return { family: 'opera', version: match(/OPR\/(\d+)/) };
	if (/Firefox\/|FxiOS\//.test(ua))
		return { family: 'firefox', version: match(/(?:Firefox|FxiOS)\/(\d+)/) };
	if (/Chrome\/|CriOS\//.test(ua))
		return { family: 'chrome', version: match(/(?:Chrome|CriOS)\/(\d+)/) };
	if (/Safari\//.test(ua)) return { family: 'safari', version: match(/Version\/(\d+)/) };
	return { family: 'other', version: null };
}

function toInt(text: string | undefined): number | null {
	const n = text === undefined ? NaN : Number.parseInt(text, 10);
	return Number.isFinite(n) ? n : null;
}

/** True for browsers built on Chromium (Chrome, Edge, Opera, Chromium). */
export function isChromium(browser: BrowserInfo): boolean {
	return ['chrome', 'edge', 'opera', 'chromium'].includes(browser.family);
}
