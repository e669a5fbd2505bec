import { after, before, test } from 'node:test';
import { api, eventually, expectAccessible, fakeOutlook, importDemoNetwork, launchChromium, paneUrl, personName, uniqueUser, withPage } from '../lib.mjs';

let browser;
const user = uniqueUser('notes');
let person;

before(async () => {
  browser = await launchChromium();
  await importDemoNetwork(user);
  person = (await api(user, 'GET', 'today')).next;
});
after(() => browser?.close());

test('notes typed in the Person view are saved and are still there after a reload', async (t) => {
  await withPage(t, browser, async (page) => {
    // The Person view follows the mail selected in Outlook; the stand-in selects a mail from this person.
    await fakeOutlook(page, person.emails[0].address);
    await page.goto(paneUrl(user));
    await page.getByRole('tab', { name: 'Person' }).click();
    await page.getByRole('heading', { name: personName(person) }).waitFor();
    await expectAccessible(page, 'Person');

    const notes = page.getByRole('textbox', { name: 'Notes' });
    const text = `Two kids, marathon in May (${Date.now()})`;
    await notes.fill(text);
    await page.getByText('Saved', { exact: true }).waitFor();

    await page.reload();
    await page.getByRole('tab', { name: 'Person' }).click();
    await page.getByRole('heading', { name: personName(person) }).waitFor();
    const reloaded = page.getByRole('textbox', { name: 'Notes' });
    await eventually(async () => (await reloaded.inputValue()) === text, { timeout: 10_000, what: `the notes '${text}' after the reload` });
  });
});
