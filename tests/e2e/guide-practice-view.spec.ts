import type { Locator, Page } from '@playwright/test';
import { freezeTime } from './clock';
import { expectNoSideScroll } from './no-side-scroll';
import { expect, test } from './fakes/fixtures';

/**
 * Practising with the steps in view: /guide/practice runs the guide for the
 * practice car beside the car. During every timed step of every rehearsed
 * procedure, the step's answer, its countdown, the practice key's buttons and
 * the ignition are all inside one screen at once, at desktop and phone size:
 * each box fully inside the viewport and not covered by anything, with no
 * scrolling between them.
 */

const SIZES = [
	{ name: 'desktop', width: 1280, height: 800, tag: '' },
	{ name: 'phone', width: 412, height: 915, tag: ' @phone' }
] as const;

const CARS = [
	'2005 MINI Cooper S (R53), 3-button keys',
	'2003 MINI Cooper (R50), 2-button keys',
	'2005 Ford F-150, a replacement remote',
	'2007 Vauxhall Astra TwinTop (Astra H)',
	'2001 Vauxhall Astra convertible (Astra G)',
	'2004 Jaguar X-Type, a second remote'
];

async function startPractice(page: Page, car: string) {
	await page.goto('/guide/practice');
	await page.getByLabel('Car to practise on').selectOption({ label: car });
	await page.getByRole('button', { name: 'Start practising' }).click();
	await expect(page.getByRole('region', { name: 'Practice car', exact: true })).toBeVisible();
}

function practiceCar(page: Page) {
	const panel = page.getByRole('region', { name: 'Practice car', exact: true });
	return {
		panel,
		keyButtons: panel.getByRole('group', { name: /the key in your hand/ }).getByRole('button'),
		ignition: panel.getByRole('radiogroup', { name: 'Ignition' })
	};
}

/** Fully inside the viewport and the topmost thing at its centre. */
async function expectInView(page: Page, what: string, target: Locator) {
	const size = page.viewportSize()!;
	const el = await target.elementHandle({ timeout: 2_000 });
	expect(el, `${what}: present`).not.toBeNull();
	const box = await el!.boundingBox();
	expect(box, `${what}: on screen`).not.toBeNull();
	const { x, y, width, height } = box!;
	expect(
		x >= 0 && y >= 0 && x + width <= size.width && y + height <= size.height,
		`${what}: box ${Math.round(x)},${Math.round(y)} ${Math.round(width)}×${Math.round(height)} inside ${size.width}×${size.height}`
	).toBe(true);
	const onTop = await el!.evaluate((el) => {
		const r = el.getBoundingClientRect();
		const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
		return hit !== null && (el === hit || el.contains(hit));
	});
	expect(onTop, `${what}: not covered`).toBe(true);
}

/** Where the guide is: the step and the key, or the end. */
async function where(page: Page): Promise<string> {
	if (await page.getByTestId('guide-result').isVisible()) return 'ended';
	const key = page.getByTestId('key-position');
	const title = await page.locator('#step-title').textContent();
	return `${title} · ${(await key.count()) ? await key.textContent() : ''}`;
}

for (const size of SIZES) {
	test.describe(`practice run at ${size.width}×${size.height}`, () => {
		test.use({ viewport: { width: size.width, height: size.height } });

		for (const car of CARS) {
			test(`${car}: every step has its answer, key and ignition (and a timed one its countdown) in one view${size.tag}`, async ({
				page,
				fakeDevices
			}) => {
				test.setTimeout(240_000);
				await page.clock.install();
				await fakeDevices();
				await startPractice(page, car);
				await page.getByRole('button', { name: 'Start the guide on this car' }).click();
				await expect(page.locator('#step-title')).toHaveCount(1);
				await freezeTime(page);
				const c = practiceCar(page);
				const result = page.getByTestId('guide-result');
				const primary = page
					.locator('.act button.primary, .step-bar button.primary')
					.filter({ visible: true });
				const doneAll = page.getByRole('button', { name: /^Done all \d+$/ });
				let timedSteps = 0;
				for (let guard = 0; guard < 80 && !(await result.isVisible()); guard++) {
					const title = (await page.locator('#step-title').textContent())?.trim() ?? '';
					// Every step: its answer, the key and the ignition; a timed step: its countdown too.
					const timer = page.getByRole('timer');
					const timed = await timer.isVisible();
					if (timed) timedSteps++;
					const answer = (await doneAll.isVisible()) ? doneAll : primary.first();
					if (await answer.isVisible()) await expectInView(page, `${title}: the answer`, answer);
					if (timed) await expectInView(page, `${title}: the countdown`, timer);
					for (const button of await c.keyButtons.all())
						await expectInView(page, `${title}: ${await button.textContent()}`, button);
					for (const position of await c.ignition.getByRole('radio').all())
						await expectInView(
							page,
							`${title}: ignition ${await position.getAttribute('value')}`,
							position
						);
					await expectNoSideScroll(page, title);
					const before = await where(page);
					if (await doneAll.isVisible()) await doneAll.click();
					else if (await primary.first().isVisible()) await primary.first().click();
					else await page.clock.runFor(1_000);
					// Each answer moves the guide on (a new step, the same step for the next key, or the end).
					await expect.poll(() => where(page)).not.toBe(before);
				}
				await expect(result).toBeVisible();
				console.log(`${size.name} ${car}: ${timedSteps} timed steps checked`);
				// The procedures with no time given have no timed step; the others have at least one.
				if (/MINI|Ford|Jaguar/.test(car)) expect(timedSteps).toBeGreaterThan(0);
			});
		}
	});
}

test.describe('the practice page keeps the car', () => {
	test('"Find the procedure for this car" opens the finder with the practice car chosen @phone', async ({
		page,
		fakeDevices
	}) => {
		await fakeDevices();
		await startPractice(page, '2005 Ford F-150, a replacement remote');
		await page.getByRole('link', { name: 'Find the procedure for this car' }).click();
		await expect(page).toHaveURL(/\/guide$/);
		await expect(page.getByTestId('guide-car')).toContainText('2005 Ford F-150');
	});

	test('presses on the practice key count on the step: three presses of LOCK are the three counts @phone', async ({
		page,
		fakeDevices
	}) => {
		await page.clock.install();
		await fakeDevices();
		await startPractice(page, '2005 MINI Cooper S (R53), 3-button keys');
		await page.getByRole('button', { name: 'Start the guide on this car' }).click();
		const step = page.locator('#step-title');
		await expect(step).toHaveText(/Sit in the car|Check the car battery/);
		await freezeTime(page);
		const c = practiceCar(page);
		const ignition = c.ignition;
		const clickPrimary = () => page.locator('button.primary:visible').first().click();
		while (!/^Tap Go/.test((await step.textContent()) ?? '')) await clickPrimary();
		await ignition.getByRole('radio', { name: 'Off' }).check();
		await clickPrimary(); // Go
		await expect(step).toHaveText(/^Turn the key to position 1/);
		await ignition.getByRole('radio', { name: 'Position 1' }).check();
		await page.clock.runFor(1_000);
		await ignition.getByRole('radio', { name: 'Off' }).check();
		await c.panel.getByRole('button', { name: 'Take the key out' }).click();
		await clickPrimary(); // Done
		await expect(step).toHaveText('Press and hold UNLOCK');
		await c.panel.getByLabel('Key in hand').selectOption({ label: 'Key 1' });
		await c.panel.getByRole('button', { name: 'Hold Unlock' }).click();
		await clickPrimary();
		await expect(step).toHaveText('Keep holding UNLOCK and press LOCK 3 times');
		const lock = c.panel.getByRole('button', { name: 'Lock', exact: true });
		await lock.click();
		await expect(
			page.getByRole('button', { name: /^Count one press of LOCK \(2 of 3\)/ })
		).toBeVisible();
		await lock.click();
		await lock.click();
		// The third press completes the count: the guide moves on, as the car learns the key.
		await expect(step).toHaveText('Let go of UNLOCK and watch the locks');
		await c.panel.getByRole('button', { name: 'Hold Unlock' }).click();
		await expect(c.panel.getByRole('status', { name: 'What the car just did' })).toContainText(
			'key 1 learned'
		);
	});

	test('a practice run is not the car’s: the guide points back to the demo car, home offers no “continue”, and the report leaves it out @phone', async ({
		page,
		fakeDevices
	}) => {
		await fakeDevices();
		await startPractice(page, '2005 MINI Cooper S (R53), 3-button keys');
		await page.getByRole('button', { name: 'Start the guide on this car' }).click();
		await expect(page.locator('#step-title')).toHaveText(/Sit in the car|Check the car battery/);
		// A fresh load: the demo car is gone, the practice run comes back from the device. Home
		// offers no "continue": it is not the owner's session; the guide points back to the car.
		await page.goto('/guide');
		await expect(page.getByText('Your practice on the demo car is under way')).toBeVisible();
		await expect(page.getByRole('link', { name: 'Back to the demo car' })).toHaveAttribute(
			'href',
			/\/guide\/practice$/
		);
		await expect(page.getByRole('link', { name: 'Continue the session' })).toHaveCount(0);
		// Home, reached in the app with the guide loaded: no "continue" for practice (the hero's
		// button shows the page has rendered).
		await page.getByRole('link', { name: 'FobSync', exact: true }).click();
		await expect(page.getByRole('link', { name: 'Fix my key remote' })).toBeVisible();
		await expect(page.getByTestId('continue-session')).toHaveCount(0);
		await page.goto('/guide/report');
		const tried = page.getByTestId('report-attempts');
		await expect(tried).toContainText('No attempt with the guide yet.');
		await expect(tried).toContainText('Practice on the demo car is left out');
		await expect(tried).not.toContainText('still running');
	});

	test('the practice car hands the key the guide names: Key 1 first on the R50, whose Key 2 was in hand @phone', async ({
		page,
		fakeDevices
	}) => {
		await page.clock.install();
		await fakeDevices();
		await startPractice(page, '2003 MINI Cooper (R50), 2-button keys');
		const hand = practiceCar(page).panel.getByLabel('Key in hand');
		await expect(hand).toHaveValue('2');
		await page.getByRole('button', { name: 'Start the guide on this car' }).click();
		await expect(page.locator('#step-title')).toBeVisible();
		await freezeTime(page);
		const position = page.getByTestId('key-position').first();
		for (let i = 0; i < 12 && !(await position.isVisible()); i++)
			await page.locator('button.primary:visible').first().click();
		await expect(position).toHaveText('Key 1 of 2');
		await expect(hand).toHaveValue('1');
		// Chosen by hand afterwards, it stays chosen.
		await hand.selectOption('2');
		await page.clock.runFor(1_000);
		await expect(hand).toHaveValue('2');
	});
});
