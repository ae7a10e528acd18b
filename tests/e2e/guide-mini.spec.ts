import type { Locator, Page } from '@playwright/test';
import { freezeTime } from './clock';
import { expect, test } from './fakes/fixtures';
import { knownKey, pickTwoButtonR50 } from './guide-pick';

/**
 * The resync guide over the demo: the guide on one side, the simulated car's
 * rehearsal controls on the other, and the car (built independently of the
 * guide's data) saying whether each key was learned. Time moves with
 * Playwright's clock, which both the guide and the car read.
 */

async function connectDemo(page: Page, scenario: string) {
	await page.goto('/connect');
	await page.getByLabel('Simulated car').selectOption(scenario);
	await page.getByRole('button', { name: 'Connect: Demo' }).click();
	await page.getByRole('link', { name: 'Read my car' }).click();
	await expect(page.getByTestId('verdict')).toBeVisible();
}

/** The rehearsal panel and its controls. */
function car(page: Page) {
	const panel = page.getByRole('region', { name: 'Practice car', exact: true });
	const ignition = panel.getByRole('radiogroup', { name: 'Ignition' });
	return {
		panel,
		said: panel.getByRole('status', { name: 'What the car just did' }),
		turn: (to: 'Off' | 'Position 1' | 'Position 2') =>
			ignition.getByRole('radio', { name: to, exact: true }).check(),
		keyOut: () => panel.getByRole('button', { name: 'Take the key out' }).click(),
		hand: (key: string) => panel.getByLabel('Key in hand').selectOption({ label: key }),
		holdUnlock: () => panel.getByRole('button', { name: 'Hold Unlock' }).click(),
		press: (b: 'Lock' | 'Unlock' | 'Boot') =>
			panel.getByRole('button', { name: b, exact: true }).click()
	};
}

function guide(page: Page) {
	const step = page.getByRole('article', { name: /./ }).first();
	return {
		step: page.locator('#step-title'),
		done: () => page.getByRole('button', { name: 'Done', exact: true }).click(),
		go: () => page.getByRole('button', { name: 'Go', exact: true }).click(),
		answer: (label: string) => page.getByRole('button', { name: label }).click(),
		article: step
	};
}

async function expectStep(g: { step: Locator }, title: string | RegExp) {
	await expect(g.step).toHaveText(title);
}

/** From "Identify your key" on the vehicle page to the plan of the 3-button procedure. */
async function planThreeButton(page: Page, keys: number) {
	await expect(page.getByTestId('verdict')).toHaveText('Tell us which key you have');
	await page.getByRole('button', { name: 'Identify your key' }).click();
	await expect(page.getByRole('heading', { name: 'Which key does your MINI have?' })).toBeVisible();
	await page.getByRole('radio', { name: '3 buttons: lock, unlock and boot' }).check();
	await page.getByRole('button', { name: 'Continue' }).click();
	await knownKey(page);
	await page.getByRole('link', { name: 'Plan the session' }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Remote initialisation for a MINI with a 3-button key (built from July 2004)'
	);
	await page.getByLabel('How many keys will you do?').selectOption(String(keys));
	await page.getByRole('button', { name: 'Start the guide' }).click();
	await expect(page).toHaveURL(/\/guide\/run$/);
}

/** The 2003 R50 picked by hand, no adapter: the quick resync for `keys` keys, up to "Turn the key to position 2". */
async function startTwoButtonWithoutAdapter(page: Page, keys: number) {
	await page.goto('/guide');
	await pickTwoButtonR50(page);
	await page.getByRole('link', { name: 'Plan the session' }).first().click();
	await page.getByLabel('How many keys will you do?').selectOption(String(keys));
	await page.getByRole('button', { name: 'Start the guide' }).click();
	await page.getByRole('button', { name: 'Carry on without a reading' }).click();
	await expect(page.locator('#step-title')).toHaveText('Sit in the car with the key');
	await page.getByRole('button', { name: 'Done', exact: true }).click();
	await expect(page.locator('#step-title')).toHaveText('Turn the key to position 2');
}

const GO_STEP = 'Tap Go, then turn the key to position 1 and straight back to off';
const TURN_STEP = 'Turn the key to position 1 and back to off, then take it out';

/** The key in at off, Go, then position 1, off and key out, in the guide and on the car. */
async function positionOneAndOff(page: Page) {
	const g = guide(page);
	const c = car(page);
	await expectStep(g, GO_STEP);
	// Reading the get-ready step costs nothing: no countdown until Go.
	await expect(page.getByRole('timer')).toHaveCount(0);
	// The key goes in at off (the demo car's engine was running).
	await c.turn('Off');
	await g.go();
	await expectStep(g, TURN_STEP);
	await expect(page.getByRole('timer')).toBeVisible();
	await expect(page.getByTestId('countdown-seconds')).toHaveText('5');
	await c.turn('Position 1');
	await page.clock.runFor(2_000);
	await expect(page.getByTestId('countdown-seconds')).toHaveText('3');
	await c.turn('Off');
	await c.keyOut();
	await g.done();
}

/** One key: hold Unlock, Lock three times, let go; the car's confirmation is checked, then answered. */
async function teachKey(page: Page, key: string, position: number, count: number) {
	const g = guide(page);
	const c = car(page);
	await expect(page.getByTestId('key-position')).toHaveText(`Key ${position} of ${count}`);
	await expectStep(g, 'Press and hold UNLOCK');
	await c.hand(key);
	await c.holdUnlock();
	await g.done();
	await expectStep(g, 'Keep holding UNLOCK and press LOCK 3 times');
	// Each press of Lock on the practice key is one count of the step (no separate tap needed).
	for (let i = 0; i < 3; i++) {
		await page.clock.runFor(1_000);
		await c.press('Lock');
		if (i < 2)
			await expect(
				page.getByRole('button', { name: `Count one press of LOCK (${i + 2} of 3)` })
			).toBeVisible();
	}
	await expectStep(g, 'Let go of UNLOCK and watch the locks');
	await c.holdUnlock();
	await expect(c.said).toContainText(`Locks locked and unlocked: ${key.toLowerCase()} learned`);
	await g.done();
	await expectStep(g, 'Did the car lock and then unlock?');
	// The car's 30 s to the next key are already running (and a failed key could be tried in them).
	await expect(
		page.getByText(
			/\d+ s left of the 30 seconds\s+counted from when you tapped Done after letting go of UNLOCK\./
		)
	).toBeVisible();
	await g.answer('Yes, it locked and unlocked');
}

async function finishThreeButton(page: Page) {
	const g = guide(page);
	const c = car(page);
	await expectStep(g, 'Turn a key to position 1 to finish');
	// Nothing ahead has to beat the car's 30 s any more: no countdown to worry the owner.
	await expect(page.getByText(/s left of the/)).toHaveCount(0);
	await expect(page.getByRole('timer')).toHaveCount(0);
	await c.turn('Position 1');
	await expect(c.said).toContainText('Keys 1 and 2 learned');
	await g.done();
	await expectStep(g, 'Try every key from outside the car');
	await c.turn('Off');
	await c.keyOut();
	for (const key of ['Key 1', 'Key 2']) {
		await c.hand(key);
		await c.press('Lock');
		await expect(c.said).toHaveText(/Locks locked/);
		await c.press('Unlock');
		await expect(c.said).toHaveText(/Locks unlocked/);
	}
	await g.done();
	// The guide asks, key by key, before it says every key works.
	for (const key of ['Key 1', 'Key 2']) {
		await expectStep(g, `Does ${key} lock and unlock the car from outside?`);
		await g.answer('Yes, it locks and unlocks');
	}
	await expect(page.getByTestId('guide-result')).toHaveText('2 of 2 keys synchronised');
	await expect(page.getByText('Every key works with the car again.')).toBeVisible();
}

test.describe('Resync guide: MINI', () => {
	test('R53 from 07/2004, two keys done right: the simulated car confirms both @phone', async ({
		page,
		fakeDevices
	}) => {
		await page.clock.install();
		await fakeDevices();
		await connectDemo(page, 'mini-r53-2005');
		await planThreeButton(page, 2);
		const g = guide(page);
		// The adapter read the battery (engine running: charging voltage), so the check passed by itself.
		await expectStep(g, 'Sit in the car with every key and close all the doors');
		await freezeTime(page);
		await g.done();
		await positionOneAndOff(page);
		await teachKey(page, 'Key 1', 1, 2);
		await teachKey(page, 'Key 2', 2, 2);
		await finishThreeButton(page);
		await expect(
			page.getByRole('listitem').filter({ hasText: 'Key 2: synchronised' })
		).toBeVisible();
		// The closing note names the procedure with its sources and mark.
		await expect(page.getByRole('region', { name: 'The procedure used' })).toContainText(
			'How sure: Several sources agree'
		);
		// The shop report carries what the guide did (time flows again for the page change).
		await page.clock.resume();
		await page.getByRole('link', { name: 'Your report for the shop' }).click();
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByTestId('shop-report')).toContainText('2 of 2 keys synchronised');
	});

	test('R53 with a missed window: the guide explains, and the second try works @phone', async ({
		page,
		fakeDevices
	}) => {
		await page.clock.install();
		await fakeDevices();
		await connectDemo(page, 'mini-r53-2005');
		await planThreeButton(page, 2);
		const g = guide(page);
		const c = car(page);
		await expectStep(g, 'Sit in the car with every key and close all the doors');
		await freezeTime(page);
		await g.done();
		await expectStep(g, GO_STEP);
		await c.turn('Off');
		await g.go();
		await expectStep(g, TURN_STEP);
		await expect(page.getByTestId('countdown-seconds')).toHaveText('5');
		await c.turn('Position 1');
		// The owner is slow: six seconds pass at position 1. Counted from Go, a late tap of Done
		// could not hide it; the guide sees the miss when the car does.
		await page.clock.fastForward(6_000);
		await expect(page.getByTestId('missed-text')).toHaveText(
			'More than 5 seconds passed between position 1 and off.'
		);
		await c.turn('Off');
		await expect(c.said).toContainText('more than 5 seconds: the car is not ready to learn keys');
		await page.getByRole('button', { name: `Start again from “${GO_STEP}”` }).click();
		await expect(page.getByText('(built from July 2004) · attempt 2')).toBeVisible();
		await positionOneAndOff(page);
		await teachKey(page, 'Key 1', 1, 2);
		await teachKey(page, 'Key 2', 2, 2);
		await finishThreeButton(page);
		await expect(
			page.getByText('More than 5 seconds passed between position 1 and off.')
		).toBeVisible();
	});

	test('R50 before 07/2004: the quick resync for a key the car knew; a new remote goes to the shop @phone', async ({
		page,
		fakeDevices
	}) => {
		await page.clock.install();
		await fakeDevices();
		await connectDemo(page, 'mini-r50-2003');
		// This car does not report its VIN: the owner picks the car.
		await expect(page.getByTestId('verdict')).toHaveText('Find your car’s procedure');
		// Nothing is claimed about the car yet, so no "how sure" mark.
		const verdict = page.getByRole('region', { name: 'Find your car’s procedure' });
		await expect(verdict).toContainText('The car did not report its VIN.');
		await expect(verdict.getByText('Sources disagree')).toHaveCount(0);
		await page.getByRole('button', { name: 'Find your car’s procedure' }).click();
		await pickTwoButtonR50(page);
		await page.getByRole('link', { name: 'Plan the session' }).first().click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Quick resync for a MINI with a 2-button key (built before July 2004)'
		);
		await page.getByLabel('How many keys will you do?').selectOption('1');
		await page.getByRole('button', { name: 'Start the guide' }).click();

		const g = guide(page);
		const c = car(page);
		await expectStep(g, 'Sit in the car with the key');
		await g.done();
		await expectStep(g, 'Turn the key to position 2');
		// The engine computer answers at position 2 only: the guide sees the ignition through the adapter.
		await c.turn('Off');
		await expect(page.getByTestId('seen-ignition')).toContainText('the ignition is off');
		await c.turn('Position 2');
		await expectStep(g, 'Tap Go, then turn the key back to off and press UNLOCK, then LOCK');
		// One statement about time: Go starts the 10 seconds (nothing says "no countdown" beside it).
		await expect(page.getByTestId('timing')).toHaveText(
			'The car allows 10 seconds for what comes next: the countdown starts when you tap Go.'
		);
		await expect(page.getByTestId('no-figure')).toHaveCount(0);
		await expect(page.getByText(/no countdown/)).toHaveCount(0);
		await expect(page.getByRole('timer')).toHaveCount(0);
		// Go starts the 10 seconds just before the key goes back to off.
		await g.go();
		await expectStep(g, 'Turn the key back to off, then press UNLOCK, then LOCK');
		await expect(page.getByRole('timer')).toBeVisible();
		await c.turn('Off');
		await c.press('Unlock');
		await c.press('Lock');
		await expect(c.said).toContainText('Locks locked: key 2 is back in sync');
		await g.done();
		await c.press('Unlock');
		await expect(c.said).toHaveText(/Locks unlocked/);
		await g.answer('Yes, it works');
		await expectStep(g, 'Does Key 1 lock and unlock the car from outside?');
		await g.answer('Yes, it locks and unlocks');
		await expect(page.getByTestId('guide-result')).toHaveText('1 of 1 key synchronised');

		// A new remote for the same car: the honest answer is a shop.
		await page.getByRole('button', { name: 'Close this session' }).click();
		await page
			.getByRole('button', {
				name: 'Change the answer to: Has this key worked with this car before?'
			})
			.click();
		await page.getByRole('radio', { name: 'No, it is new or came from another car' }).check();
		await page.getByRole('button', { name: 'Continue' }).click();
		await expect(
			page.getByRole('heading', { name: 'A new remote for a 2-button MINI key needs a shop tool' })
		).toBeVisible();
		await page.getByRole('link', { name: 'See what to ask the shop' }).first().click();
		await expect(page.getByRole('heading', { name: 'What to ask for' })).toBeVisible();
		await expect(page.getByText('bar-code tag').first()).toBeVisible();
		await expect(page.getByRole('timer')).toHaveCount(0);
	});

	test('R56: the shop path, no countdown @phone', async ({ page, fakeDevices }) => {
		await fakeDevices();
		await connectDemo(page, 'mini-r56-2008');
		await expect(page.getByTestId('verdict')).toContainText('shop');
		await page.getByRole('button', { name: 'See what to ask the shop' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Keys for this MINI are set up with a shop tool'
		);
		// In the order the owner acts on them; the optional account of the fault before the report.
		await expect(page.getByRole('heading', { name: 'Why a shop' })).toBeVisible();
		const cards = await page.locator('main h2').allTextContents();
		const order = [
			'Who can do it',
			'What to ask for',
			'What to bring',
			'What it involves and costs',
			'Why a shop'
		].map((h) => cards.indexOf(h));
		expect(order[0]).toBe(0);
		expect(order).toEqual([...order].sort((a, b) => a - b));
		await expect(page.getByRole('link', { name: 'Your report for the shop' })).toBeVisible();
		await expect(page.getByRole('timer')).toHaveCount(0);
	});

	test('reached by typing a VIN, with no adapter connected @phone', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('link', { name: 'Fix my key remote' }).click();
		await expect(page.getByRole('banner')).toContainText('Not connected');
		await page.getByLabel('VIN', { exact: true }).fill('WMWRE33455TD12345');
		await page.getByRole('button', { name: 'Find my procedure' }).first().click();
		await expect(page.getByTestId('guide-car')).toHaveText('2005 MINI Cooper S (R53)');
		await page.getByRole('radio', { name: '3 buttons: lock, unlock and boot' }).check();
		await page.getByRole('button', { name: 'Continue' }).click();
		await knownKey(page);
		await page.getByRole('link', { name: 'Plan the session' }).first().click();
		await page.getByRole('button', { name: 'Start the guide' }).click();
		// No adapter: the battery check asks the owner instead of blocking.
		await expect(page.locator('#step-title')).toHaveText('Check the car battery');
		await expect(page.getByText('No battery reading from an adapter.')).toBeVisible();
		await page.getByRole('button', { name: 'Carry on without a reading' }).click();
		await expect(page.locator('#step-title')).toHaveText(
			'Sit in the car with every key and close all the doors'
		);
	});

	test('progress survives a reload, and a window that ran out meanwhile restarts its sequence', async ({
		page
	}) => {
		await page.clock.install();
		await page.goto('/guide');
		await page.getByLabel('VIN', { exact: true }).fill('WMWRE33455TD12345');
		await page.getByRole('button', { name: 'Find my procedure' }).first().click();
		await page.getByRole('radio', { name: '3 buttons: lock, unlock and boot' }).check();
		await page.getByRole('button', { name: 'Continue' }).click();
		await knownKey(page);
		await page.getByRole('link', { name: 'Plan the session' }).first().click();
		await page.getByRole('button', { name: 'Start the guide' }).click();
		await page.getByRole('button', { name: 'Carry on without a reading' }).click();
		await page.getByRole('button', { name: 'Done', exact: true }).click();
		await page.getByRole('button', { name: 'Go', exact: true }).click();
		await page.getByRole('button', { name: 'Done', exact: true }).click();
		await expect(page.locator('#step-title')).toHaveText('Press and hold UNLOCK');
		await expect(page.getByTestId('key-position')).toHaveText('Key 1 of 2');

		// A reload within the 30 seconds: the same step, its countdown still running.
		await page.reload();
		await expect(page.locator('#step-title')).toHaveText('Press and hold UNLOCK');
		await expect(page.getByRole('timer')).toBeVisible();

		// The tab is closed for a minute: the window ran out, the guide says so and starts over.
		await page.goto('/');
		await page.clock.fastForward(60_000);
		await page.goto('/guide/run');
		await expect(page.getByTestId('missed-text')).toContainText('More than 30 seconds passed');
		await page.getByRole('button', { name: `Start again from “${GO_STEP}”` }).click();
		await expect(page.locator('#step-title')).toHaveText(GO_STEP);
	});

	test('the end check: a key that does not work from outside is never "every key works" @phone', async ({
		page
	}) => {
		await page.clock.install();
		await startTwoButtonWithoutAdapter(page, 2);
		const g = guide(page);
		for (const key of ['Key 1', 'Key 2']) {
			await expect(page.getByTestId('key-position')).toHaveText(`${key} of 2`);
			await g.done(); // position 2
			await g.go();
			await page.clock.runFor(2_000);
			await g.done(); // pressed
			await g.answer('Yes, it works');
		}
		await expectStep(g, 'Does Key 1 lock and unlock the car from outside?');
		await g.answer('Yes, it locks and unlocks');
		await expectStep(g, 'Does Key 2 lock and unlock the car from outside?');
		await page.getByRole('button', { name: 'No', exact: true }).click();
		await expect(page.getByTestId('guide-result')).toHaveText('1 of 2 keys synchronised, 1 failed');
		await expect(page.getByText('Every key works with the car again.')).toHaveCount(0);
		// Troubleshooting for that key, and the next way to try with the reason.
		await expect(page.getByTestId('move-on')).toContainText('Key 2 does not work yet.');
		await expect(page.getByTestId('move-on')).toContainText(
			'MINI 2-button key: the quick resync, pressing both buttons together'
		);
		await page.getByRole('button', { name: 'Try this way now' }).click();
		await expect(page.getByText('This time: Press UNLOCK and LOCK at the same time')).toBeVisible();
	});

	test('"Stop the session" asks first in the page, and keeps what was done @phone', async ({
		page
	}) => {
		await page.clock.install();
		await startTwoButtonWithoutAdapter(page, 2);
		const g = guide(page);
		await g.done(); // position 2
		await g.go();
		await page.clock.runFor(2_000);
		await g.done();
		await g.answer('Yes, it works');
		await expect(page.getByTestId('key-position')).toHaveText('Key 2 of 2');
		let dialogs = 0;
		page.on('dialog', () => void dialogs++);
		await page.getByRole('button', { name: 'Stop the session' }).click();
		await expect(page.getByTestId('stop-confirm')).toContainText('What you did so far is kept');
		await page.getByRole('button', { name: 'No, carry on' }).click();
		await expect(page.getByTestId('stop-confirm')).toHaveCount(0);
		await expectStep(g, 'Turn the key to position 2');
		await page.getByRole('button', { name: 'Stop the session' }).click();
		await page.getByRole('button', { name: 'Yes, stop the session' }).click();
		expect(dialogs).toBe(0);
		await expect(page.getByTestId('guide-result')).toHaveText(
			'1 of 2 keys synchronised, 1 not tried'
		);
		await expect(page.getByText('Key 1: synchronised')).toBeVisible();
		await expect(page.getByText('Key 2: not tried')).toBeVisible();
	});

	test('a typed VIN that fails its check is explained, and nothing is lost', async ({ page }) => {
		await page.goto('/guide');
		const vin = page.getByLabel('VIN', { exact: true });
		await vin.fill('WMWRE33455TD1234');
		await page.getByRole('button', { name: 'Find my procedure' }).first().click();
		await expect(page.getByRole('alert')).toContainText('17');
		await expect(vin).toHaveValue('WMWRE33455TD1234');
		await vin.fill('WMWRE33455TD12345');
		await page.getByRole('button', { name: 'Find my procedure' }).first().click();
		await expect(page.getByTestId('guide-car')).toContainText('MINI');
	});
});
