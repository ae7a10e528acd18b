// Renders the app icons (static/icon-*.png) from the SVG drawings below with
// Debian's Chromium, so the PNGs can be remade after a change to the drawing:
//   node scripts/render-icons.mjs
// "any" icons: the key fob on a transparent corner; "maskable": the same fob
// inside the central 80 % safe zone on a full-bleed background, as Android crops it.
import { chromium } from '@playwright/test';

const fob = (scale, dx, dy) => `
  <g transform="translate(${dx} ${dy}) scale(${scale})">
    <rect x="14" y="4" width="36" height="56" rx="14" fill="#1f4e79"/>
    <circle cx="32" cy="22" r="7" fill="#fff"/>
    <circle cx="32" cy="42" r="7" fill="#fff"/>
    <circle cx="44" cy="12" r="3" fill="#e33"/>
  </g>`;
const any = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
  <rect width="64" height="64" rx="14" fill="#ffffff"/>${fob(0.86, 4.5, 4.5)}</svg>`;
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
  <rect width="64" height="64" fill="#ddf4ff"/>${fob(0.62, 12.2, 12.2)}</svg>`;

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox']
});
const page = await browser.newPage();
for (const [name, svg, size] of [
	['icon-192.png', any, 192],
	['icon-512.png', any, 512],
	['icon-maskable-512.png', maskable, 512]
]) {
	await page.setViewportSize({ width: size, height: size });
	await page.setContent(
		`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`
	);
	await page.locator('svg').screenshot({ path: `static/${name}`, omitBackground: true });
	console.log(`static/${name}`);
}
await browser.close();
