import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Emoji need an emoji font; where none is installed (many Linux desktops, kiosk
 * and older Android builds) they render as empty boxes. Icons are inline SVG or
 * words. Pictographic code points (Unicode's Extended_Pictographic property),
 * regional-indicator letters (flags) and the emoji presentation selector are
 * refused in every component.
 */
const EMOJI = /\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|\uFE0F/gu;

function svelteFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return svelteFiles(path);
		return entry.name.endsWith('.svelte') ? [path] : [];
	});
}

describe('icons that do not depend on an emoji font', () => {
	const root = join(import.meta.dirname, '../../src');
	const files = svelteFiles(root);

	it('finds the components', () => {
		expect(files.length).toBeGreaterThan(20);
	});

	it('no component holds an emoji', () => {
		const found = files.flatMap((file) =>
			readFileSync(file, 'utf8')
				.split('\n')
				.flatMap((line, i) =>
					line.match(EMOJI) ? [`${relative(root, file)}:${i + 1}: ${line.trim()}`] : []
				)
		);
		expect(found).toEqual([]);
	});

	it('the pattern catches the emoji that were used, and leaves plain marks alone', () => {
		for (const emoji of ['🔒', '🔓', '🔁', '🚗', 'ℹ', '⚠️', '✅', '🇬🇧']) {
			expect(emoji.match(EMOJI), emoji).not.toBeNull();
		}
		for (const plain of ['✓', '✕', '…', '–', '›', '°C', '≤']) {
			expect(plain.match(EMOJI), plain).toBeNull();
		}
	});
});
