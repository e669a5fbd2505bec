import { after, before, test } from 'node:test';
import { demoCsvPath, expectAccessible, launchChromium, paneUrl, uniqueUser, withPage } from '../lib.mjs';

let browser;

before(async () => {
  browser = await launchChromium();
});
after(() => browser?.close());

test('first run: an empty user reaches the first person card through the three steps, without Settings', async (t) => {
  const user = process.env.FIRST_RUN_USER ?? uniqueUser('first');
  await withPage(t, browser, async (page) => {
    await page.goto(paneUrl(user));
    const steps = page.getByRole('region', { name: 'Get started' });
    await steps.waitFor();
    await expectAccessible(page, 'First run');
    const step = (id) => page.locator(`[data-step="${id}"]`);

    await step('import').getByTestId('import-file').setInputFiles(demoCsvPath);
    await page.locator('[data-step="import"][data-done="true"]').waitFor();

    // The plan form is filled with the default (everyone, a year, weekdays): saving is one click.
    await step('plan').getByRole('button', { name: 'Save plan' }).click();
    await page.locator('[data-step="plan"][data-done="true"]').waitFor();

    await step('mailbox').getByRole('button', { name: 'Connect mailbox' }).click();
    await steps.waitFor({ state: 'detached', timeout: 20_000 });

    await page.getByRole('region', { name: 'Next' }).getByRole('button', { name: 'Write' }).waitFor();
    await page.getByTestId('progress').waitFor();
    await expectAccessible(page, 'Today after the first run');
  });
});
