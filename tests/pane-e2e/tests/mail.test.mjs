import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { api, eventually, expectAccessible, importDemoNetwork, launchChromium, paneUrl, personName, withPage } from '../lib.mjs';

// The demo mailbox in the Graph sandbox belongs to the user "demo", so this file is the only one that uses it.
const user = 'demo';
let browser;

before(async () => {
  browser = await launchChromium();
  await importDemoNetwork(user);
});
after(() => browser?.close());

/** "0 of 12 written today · ..." → 0 */
async function writtenToday(page) {
  const text = await page.getByText(/ of \d+ written today/).textContent();
  return Number(/(\d+) of \d+ written today/.exec(text)[1]);
}

test('Write sends through the sandbox and Today moves on without a click; replies show under Replies', async (t) => {
  await withPage(t, browser, async (page) => {
    await page.goto(paneUrl(user));

    // Connect the mailbox in Settings (subscriptions + backfill in the sandbox).
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Connect mailbox' }).click();
    await page.getByText('Connected', { exact: true }).waitFor();

    // The backfill links years of old mail, which can reorder the queue (longest silence first); a card
    // that moves for that reason says nothing about the sent mail, so wait until the queue is settled.
    await eventually(
      async () => {
        const folders = Object.values((await api(user, 'GET', 'mailbox')).folders);
        return folders.length > 0 && folders.every((folder) => folder.syncState === 'synced');
      },
      { timeout: 30_000, what: 'the mailbox backfill' },
    );
    let seen = null;
    await eventually(
      async () => {
        const id = (await api(user, 'GET', 'today')).next?.id;
        const settled = id === seen;
        seen = id;
        return settled;
      },
      { timeout: 30_000, interval: 2_000, what: 'the queue to settle after the backfill' },
    );
    await page.getByRole('tab', { name: 'Today' }).click();

    // Write to people until one of them answers: the demo decides by a fixed seed who replies, who is
    // away, whose address bounces and who stays silent.
    const written = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      const card = page.getByRole('region', { name: 'Next' });
      const name = await card.getByRole('heading', { level: 2 }).textContent();
      const before = await writtenToday(page);

      await card.getByRole('button', { name: 'Write' }).click();
      const dialog = page.getByRole('dialog', { name: `Write to ${name}` });
      await dialog.getByRole('textbox', { name: 'Subject' }).fill(`Hello ${name}`);
      await dialog.getByRole('textbox', { name: 'Message' }).fill('How have you been?');
      if (attempt === 0) {
        await expectAccessible(page, 'Write dialog');
      }
      await dialog.getByRole('button', { name: 'Send' }).click();
      await dialog.waitFor({ state: 'hidden' });
      written.push(name);

      // No click from here: the pane follows the linked mail on its own.
      await card.getByRole('heading', { level: 2 }).filter({ hasNotText: name }).waitFor({ timeout: 25_000 });
      assert.equal(await writtenToday(page), before + 1, `written today after writing to ${name}`);

      const replies = await eventually(
        async () => {
          const items = (await api(user, 'GET', 'replies')).items;
          return items.length > 0 ? items : null;
        },
        // The harness's demo people answer 6 s after a mail (--reply-delay), then the linker needs a moment.
        { timeout: 15_000, what: 'a reply' },
      ).catch(() => null);
      if (replies) {
        await page.getByRole('tab', { name: 'Replies' }).click();
        const from = personName(replies[0]);
        assert.ok(written.includes(from), `the reply is from someone written to (${written.join(', ')}), not ${from}`);
        await page.getByRole('button', { name: `Open the reply from ${from}` }).waitFor();
        console.log(`wrote to ${written.join(', ')}; ${from} replied`);
        await expectAccessible(page, 'Replies');
        return;
      }
    }
    assert.fail(`Nobody of ${written.join(', ')} replied.`);
  });
});
