import { after, before, test } from 'node:test';
import {
  api,
  expectAccessible,
  importDemoNetwork,
  launchChromium,
  paneUrl,
  personName,
  screenshot,
  uniqueUser,
  withPage,
} from '../lib.mjs';

let browser;
const user = uniqueUser('today');
let next;

before(async () => {
  browser = await launchChromium();
  await importDemoNetwork(user);
  next = (await api(user, 'GET', 'today')).next;
});
after(() => browser?.close());

test('Today shows the next person by name, and the view passes axe', async (t) => {
  await withPage(t, browser, async (page) => {
    await page.goto(paneUrl(user));
    const card = page.getByRole('region', { name: 'Next' });
    await card.getByRole('heading', { name: personName(next) }).waitFor();
    await card.getByRole('button', { name: 'Write' }).waitFor();
    await expectAccessible(page, 'Today');
    await screenshot(page, 'today-light.png');
  });
});

test('Today in dark mode (prefers-color-scheme) is kept as a screenshot and passes axe', async (t) => {
  await withPage(
    t,
    browser,
    async (page) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(paneUrl(user));
      await page.getByRole('region', { name: 'Next' }).getByRole('heading', { name: personName(next) }).waitFor();
      await expectAccessible(page, 'Today (dark)');
      await screenshot(page, 'today-dark.png');
    },
    { colorScheme: 'dark' },
  );
});

test('with lang=de the pane speaks German', async (t) => {
  await withPage(t, browser, async (page) => {
    await page.goto(paneUrl(user, { lang: 'de' }));
    await page.getByRole('heading', { name: 'Heute', level: 1 }).waitFor();
    await page.getByRole('tab', { name: 'Einstellungen' }).waitFor();
    await page.getByRole('tab', { name: 'Antworten' }).waitFor();
    await page.getByRole('button', { name: 'Schreiben' }).waitFor();
    await expectAccessible(page, 'Today (German)');
    await page.getByRole('tab', { name: 'Einstellungen' }).click();
    await page.getByRole('heading', { name: 'Einstellungen', level: 1 }).waitFor();
  });
});

test('Replies and the Person view outside Outlook pass axe', async (t) => {
  await withPage(t, browser, async (page) => {
    await page.goto(paneUrl(user));
    await page.getByRole('tab', { name: 'Replies' }).click();
    await page.getByText('No replies are waiting for an answer.').waitFor();
    await expectAccessible(page, 'Replies (empty)');
    await page.getByRole('tab', { name: 'Person' }).click();
    await page.getByText('Open this pane in Outlook').waitFor();
    await expectAccessible(page, 'Person (outside Outlook)');
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await expectAccessible(page, 'Settings');
  });
});

test('an empty network shows the first run, and it passes axe', async (t) => {
  await withPage(t, browser, async (page) => {
    await page.goto(paneUrl(uniqueUser('empty')));
    await page.getByRole('heading', { name: 'Get started' }).waitFor();
    await expectAccessible(page, 'Today (first run)');
  });
});
