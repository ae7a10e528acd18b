import { expect, test } from './fakes/fixtures';

// A plan carries some sixty source notes; most show their sources folded ("5 sources"). A folded
// list is built when the owner opens it, and then names every document.
test('a folded source list is built when opened, and names every document @phone', async ({
	page
}) => {
	await page.goto('/guide/plan?p=mini-r5x-3-button');
	await expect(page.getByRole('button', { name: 'Start the guide' })).toBeVisible();
	const folded = page.locator('details.sources');
	expect(await folded.count()).toBeGreaterThan(10);
	// The plan's own mark, first on the page.
	const first = folded.first();
	const summary = (await first.locator('summary').innerText()).trim();
	const count = Number.parseInt(summary, 10);
	expect(count).toBeGreaterThan(1); // "5 sources"
	expect((await first.textContent())?.trim()).toBe(summary);
	await expect(first.locator('a')).toHaveCount(0);

	await first.locator('summary').click();
	await expect(first).toHaveAttribute('open', '');
	// The documents' names (a title may hold "; " itself), the public ones linked.
	const list = ((await first.textContent()) ?? '').trim().slice(summary.length).trim();
	expect(list.split('; ').length).toBeGreaterThanOrEqual(count);
	expect(list.endsWith('.')).toBe(true);
	const links = await first.locator('a').all();
	expect(links.length).toBeGreaterThan(0);
	expect(links.length).toBeLessThanOrEqual(count);
	for (const link of links) {
		await expect(link).toHaveAttribute('rel', 'noopener noreferrer external');
	}

	// Folded again, the list goes; the next opening builds it again.
	await first.locator('summary').click();
	await expect.poll(async () => (await first.textContent())?.trim()).toBe(summary);
});
