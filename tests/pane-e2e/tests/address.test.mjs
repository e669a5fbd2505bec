import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { api, expectAccessible, importDemoNetwork, launchChromium, paneUrl, uniqueUser, withPage } from '../lib.mjs';

let browser;
const user = uniqueUser('address');

before(async () => {
  browser = await launchChromium();
  await importDemoNetwork(user);
});
after(() => browser?.close());

test('people without an address are listed on Today, and an address added there puts them into the plan', async (t) => {
  const before = (await api(user, 'GET', 'today')).needsEmailCount;
  assert.ok(before > 0, 'the demo network has people without an address');

  await withPage(t, browser, async (page) => {
    await page.goto(paneUrl(user));
    await page.getByRole('button', { name: 'Show them' }).click();
    const list = page.getByRole('region', { name: 'People without an email address' });
    const first = list.getByRole('heading', { level: 3 }).first();
    await first.waitFor();
    const name = (await first.textContent())?.trim() ?? '';
    await expectAccessible(page, 'Today (people without an address)');

    const address = `${user}@example.com`;
    await list.getByRole('textbox', { name: `New email address for ${name}` }).fill(address);
    await list.getByRole('button', { name: `Add email for ${name}` }).click();
    await page.getByText(`${before - 1} people need an email address`).first().waitFor();

    const found = await api(user, 'GET', `people/lookup?email=${encodeURIComponent(address)}`);
    assert.equal([found.firstName, found.lastName].filter(Boolean).join(' '), name);
  });
});
