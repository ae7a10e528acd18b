import { expect, test } from './fakes/fixtures';
import { knownKey, pickCar } from './guide-pick';

/**
 * A BMW picked by its chassis code is offered only the years that chassis was
 * built: a 2015 owner cannot land on the E46 procedure by picking "E46".
 */

test.describe('BMW picked by chassis', () => {
	test('the E46 offers 1997–2006 only, and a 2003 E46 gets the BMW remote initialisation @phone', async ({
		page
	}) => {
		await page.goto('/guide');
		await page.getByLabel('Make', { exact: true }).selectOption('BMW');
		await page.getByLabel('Model', { exact: true }).selectOption('BMW 3 Series (E46)');
		const years = await page
			.getByLabel('Year', { exact: true })
			.locator('option')
			.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
		const numbers = years.map(Number).filter((y) => !Number.isNaN(y));
		expect(Math.max(...numbers)).toBe(2006);
		expect(Math.min(...numbers)).toBe(1997);
		expect(years).not.toContain('2015');

		await pickCar(page, 'BMW', 'BMW 3 Series (E46)', '2003');
		await expect(page.getByTestId('guide-car')).toContainText('2003 BMW 3 Series (E46)');
		await knownKey(page);
		await expect(
			page.getByText('Remote initialisation for a BMW with a turn key').first()
		).toBeVisible();
	});
});
