import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { api, eventually, expectAccessible, fixturesDir, launchChromium, paneUrl, screenshot, uniqueUser, withPage } from '../lib.mjs';

let browser;
const user = uniqueUser('people');

before(async () => {
  browser = await launchChromium();
  await api(user, 'POST', 'imports', readFileSync(join(fixturesDir, 'connections-accents.csv')), 'text/csv');
});
after(() => browser?.close());

/** People → search → the person's page. */
async function openPerson(page, search, name) {
  await page.getByRole('tab', { name: 'People' }).click();
  await page.getByRole('searchbox', { name: 'Search' }).fill(search);
  const list = page.getByRole('list', { name: 'People' });
  await list.getByRole('button', { name: new RegExp(`^${name}`) }).click();
  await page.getByRole('heading', { name, level: 2 }).waitFor();
}

test('People finds "José Núñez" by "nune" (accent left out); notes on his page survive a reload', async (t) => {
  await withPage(t, browser, async (page) => {
    await page.goto(paneUrl(user));
    await page.getByRole('tab', { name: 'People' }).click();
    await page.getByRole('list', { name: 'People' }).getByRole('button').first().waitFor();
    await expectAccessible(page, 'People');
    await screenshot(page, 'people-light.png');

    await openPerson(page, 'nune', 'José Núñez');
    await expectAccessible(page, 'Person page');
    const text = `Two kids, marathon in May (${Date.now()})`;
    await page.getByRole('textbox', { name: 'Notes' }).fill(text);
    await page.getByText('Saved', { exact: true }).waitFor();

    // Back keeps the last result.
    await page.getByRole('button', { name: '← Back to People' }).click();
    await page.getByRole('list', { name: 'People' }).getByRole('button', { name: /^José Núñez/ }).waitFor();

    await page.reload();
    await openPerson(page, 'nune', 'José Núñez');
    const notes = page.getByRole('textbox', { name: 'Notes' });
    await eventually(async () => (await notes.inputValue()) === text, { timeout: 10_000, what: 'the notes after the reload' });
  });
});

test('People in dark mode is kept as a screenshot and passes axe', async (t) => {
  await withPage(
    t,
    browser,
    async (page) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(paneUrl(user));
      await page.getByRole('tab', { name: 'People' }).click();
      await page.getByRole('list', { name: 'People' }).getByRole('button').first().waitFor();
      await expectAccessible(page, 'People (dark)');
      await screenshot(page, 'people-dark.png');
    },
    { colorScheme: 'dark' },
  );
});

// Needs `GET /api/people/counts` (issue 13): each filter shows how many people it holds.
test('People filters show their counts', async (t) => {
  await withPage(t, browser, async (page) => {
    await page.goto(paneUrl(user));
    await page.getByRole('tab', { name: 'People' }).click();
    await page.getByRole('tab', { name: 'All (3)' }).waitFor();
    await page.getByRole('tab', { name: 'Open (3)' }).click();
    await page.getByRole('list', { name: 'People' }).getByRole('button', { name: /^Zoë Brontë/ }).waitFor();
  });
});
