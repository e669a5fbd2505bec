import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { api, expectVisibleFocus, importDemoNetwork, launchChromium, paneUrl, personName, uniqueUser, withPage } from '../lib.mjs';

let browser;
const user = uniqueUser('keyboard');
let first;

before(async () => {
  browser = await launchChromium();
  await importDemoNetwork(user);
  first = (await api(user, 'GET', 'today')).next;
});
after(() => browser?.close());

/** Presses Tab until `name` has the focus (at most `limit` times), checking the focus is visible there. */
async function tabTo(page, name, { limit = 60, key = 'Tab' } = {}) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    const label = await page.evaluate(() => {
      const element = document.activeElement;
      return element?.getAttribute('aria-label') || element?.textContent?.trim() || '';
    });
    if (label === name) {
      await expectVisibleFocus(page, name);
      return;
    }
  }
  throw new Error(`Tab never reached "${name}"`);
}

test('keyboard only: Today → Write → Skip → People search, with visible focus', async (t) => {
  await withPage(t, browser, async (page) => {
    await page.goto(paneUrl(user));
    const card = page.getByRole('region', { name: 'Next' });
    await card.getByRole('heading', { name: personName(first) }).waitFor();

    await tabTo(page, 'Write');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `Write to ${personName(first)}` });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    await tabTo(page, 'Skip');
    await page.keyboard.press('Enter');
    await card.getByRole('heading', { level: 2 }).filter({ hasNotText: personName(first) }).waitFor();
    assert.equal((await api(user, 'GET', `people/${first.id}`)).status, 'skipped');

    // Back up to the tabs (one tab stop: the selected one); the arrows move between them.
    await tabTo(page, 'Today', { key: 'Shift+Tab' });
    await page.keyboard.press('ArrowRight');
    await expectVisibleFocus(page, 'the People tab');
    await page.getByRole('heading', { name: 'People', level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    await expectVisibleFocus(page, 'the search field');
    await page.keyboard.type(first.lastName ?? first.firstName ?? '');
    await page.getByRole('list', { name: 'People' }).getByRole('button', { name: new RegExp(`^${personName(first)}`) }).first().waitFor();
  });
});
