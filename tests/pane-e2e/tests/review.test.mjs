import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { api, artifactsDir, eventually, expectAccessible, fixturesDir, launchChromium, paneUrl, sandboxUrl, screenshot, tokenFor, uniqueUser, withPage } from '../lib.mjs';

// A scripted history for a user of its own: José and Zoë get a mail through the sandbox, Ada is marked
// written elsewhere, and José answers. The Review must then say 3 written, 1 answered (33%).
let browser;
const user = uniqueUser('review');
let expected;

/** The user's mailbox in the sandbox: the development token's object id. */
async function mailbox() {
  const payload = (await tokenFor(user)).split('.')[1];
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')).oid;
}

async function sandbox(path, body) {
  const response = await fetch(`${sandboxUrl}/sandbox/mailboxes/${encodeURIComponent(await mailbox())}/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  assert.ok(response.ok, `sandbox ${path} answered ${response.status}`);
  return response.json();
}

/** The pane's date format (en-GB or de-DE, "5 Jan 2026"), for the expected Markdown. */
function date(value, locale) {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`));
}

/** The weeks' table that ends the copied Markdown: everything happened today, so in the period's last week. */
function weeksTable(header, locale) {
  const last = expected.weeks.length - 1;
  return [header, '| --- | ---: | ---: |', ...expected.weeks.map((week, index) => `| ${date(week.weekStart, locale)} | ${index === last ? '3 | 1' : '0 | 0'} |`)];
}

/** Catches what Copy as text puts on the clipboard (headless Chromium grants no clipboard read). */
async function catchClipboard(page) {
  await page.addInitScript(() => {
    window.__copied = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (text) => (window.__copied.push(text), Promise.resolve()) },
    });
  });
}

before(async () => {
  browser = await launchChromium();
  await api(user, 'POST', 'imports', readFileSync(join(fixturesDir, 'connections-accents.csv')), 'text/csv');
  await api(user, 'POST', 'mailbox/connect');
  await eventually(
    async () => {
      const folders = Object.values((await api(user, 'GET', 'mailbox')).folders ?? {});
      return folders.length > 0 && folders.every((folder) => folder.syncState === 'synced');
    },
    { what: 'the mailbox to be connected' },
  );

  // Sent two hours ago (but today, so inside the default period), answered now.
  const now = new Date();
  const sentAt = new Date(Math.max(now.getTime() - 2 * 3600_000, Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 0, 0, 1)));
  const toJose = await sandbox('send', { to: ['José Núñez <jose@example.com>'], subject: 'How are you, José?', at: sentAt.toISOString() });
  await sandbox('send', { to: ['Zoë Brontë <zoe@example.com>'], subject: 'Hello Zoë', at: sentAt.toISOString() });
  const ada = await api(user, 'GET', 'people/lookup?email=ada%40example.com');
  await api(user, 'POST', `people/${ada.id}/written`);
  await sandbox('receive', { from: 'José Núñez <jose@example.com>', subject: 'Re: How are you, José?', inReplyTo: toJose.internetMessageId, at: now.toISOString() });

  expected = await eventually(
    async () => {
      const review = await api(user, 'GET', 'review');
      return review.written.mail === 2 && review.written.elsewhere === 1 && review.replies.people === 1 ? review : null;
    },
    { timeout: 45_000, what: 'the review to count both mails, Ada and José’s reply' },
  );
});
after(() => browser?.close());

/** Review tab → the view with both charts drawn by the chart library. */
async function openReview(page, tab, heading) {
  await page.getByRole('tab', { name: tab }).click();
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
  await eventually(async () => (await page.locator('[data-chart] canvas').count()) === 2, { timeout: 15_000, what: 'both charts to be drawn' });
}

test('the Review shows the scripted history in figures and charts, copies it as Markdown, light and dark', async (t) => {
  const hours = Math.round(expected.replies.medianHoursToReply);
  const median = `median reply in ${hours} ${hours === 1 ? 'hour' : 'hours'}`;
  assert.equal(expected.weeks.reduce((sum, week) => sum + week.replies, 0), 1, 'one reply over the weeks');
  await withPage(t, browser, async (page) => {
    await catchClipboard(page);
    await page.goto(paneUrl(user));
    await openReview(page, 'Review', 'Review');

    await page.getByText(`3 written · 1 answered (33%) · ${median}`, { exact: true }).waitFor();
    await page.getByText('By mail 2 · on LinkedIn 0 · elsewhere 1', { exact: true }).waitFor();
    const weeks = expected.weeks.length;
    const burnUp = page.getByRole('img', { name: new RegExp(`^Burn-up over ${weeks} weeks?: 3 written by `) });
    await burnUp.waitFor();
    // At the pane's narrowest the charts fit their card: nothing scrolls sideways.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, 'no horizontal scrolling at 320 px');
    assert.ok((await burnUp.boundingBox()).width <= 320, 'the burn-up fits the pane');
    await page.getByRole('img', { name: new RegExp(`^Replies over ${weeks} weeks?: 1 person answered; most in the week of `) }).waitFor();
    await page.getByRole('button', { name: 'José Núñez' }).waitFor();
    assert.equal(await page.getByRole('table', { name: 'Replies by week' }).getByRole('row').count(), weeks + 1);
    await expectAccessible(page, 'Review');
    await screenshot(page, 'review-light.png');

    await page.getByRole('button', { name: 'Copy as text' }).click();
    await page.getByText('Copied the summary.').waitFor();
    const [copied] = await page.evaluate(() => window.__copied);
    assert.equal(
      copied,
      [
        `**My outreach balance, ${date(expected.from, 'en-GB')} – ${date(expected.to, 'en-GB')}**`,
        '',
        `- 3 written · 1 answered (33%) · ${median}`,
        '- Silence bridged: 3 first mails ever, 0 under a year, 0 after 1 to 5 years, 0 after more than 5 years',
        '- 0 people no longer where I met them',
        '',
        ...weeksTable('| Week of | Written | Answered |', 'en-GB'),
      ].join('\n'),
    );
    assert.ok(!copied.includes('José') && !copied.includes('Ada'), 'no names unless asked for');
  }, { viewport: { width: 320, height: 900 } });

  await withPage(
    t,
    browser,
    async (page) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(paneUrl(user));
      await openReview(page, 'Review', 'Review');
      await page.getByText(`3 written · 1 answered (33%) · ${median}`, { exact: true }).waitFor();
      await expectAccessible(page, 'Review (dark)');
      await screenshot(page, 'review-dark.png');
    },
    { colorScheme: 'dark', viewport: { width: 320, height: 900 } },
  );
});

test('in German the Review says the same, and Save as image downloads a PNG', async (t) => {
  await withPage(t, browser, async (page) => {
    await catchClipboard(page);
    await page.goto(paneUrl(user, { lang: 'de' }));
    await openReview(page, 'Bilanz', 'Bilanz');

    await page.getByText(/^3 geschrieben · 1 geantwortet \(33\s%\) · Antwort im Median nach \d+ Stunden?$/).waitFor();
    await page.getByText('Per Mail 2 · auf LinkedIn 0 · anderswo 1', { exact: true }).waitFor();
    await page.getByRole('img', { name: /^Verlauf über \d+ Wochen?: 3 geschrieben bis / }).waitFor();
    await page.getByRole('img', { name: /^Antworten über \d+ Wochen?: 1 Person hat geantwortet/ }).waitFor();
    await expectAccessible(page, 'Bilanz');
    await screenshot(page, 'review-de.png');

    await page.getByRole('button', { name: 'Als Text kopieren' }).click();
    await page.getByText('Zusammenfassung kopiert.').waitFor();
    const [copied] = await page.evaluate(() => window.__copied);
    assert.ok(copied.startsWith(`**Meine Bilanz der Kontaktaufnahme, ${date(expected.from, 'de-DE')} – ${date(expected.to, 'de-DE')}**\n\n- 3 geschrieben · 1 geantwortet`), copied);
    assert.ok(copied.endsWith(`\n\n${weeksTable('| Woche ab | Geschrieben | Geantwortet |', 'de-DE').join('\n')}`), copied);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Als Bild speichern' }).click()]);
    assert.equal(download.suggestedFilename(), `outreach-review-${expected.to}.png`);
    const png = readFileSync(await download.path());
    assert.deepEqual([...png.subarray(1, 4)], [...Buffer.from('PNG')]);
    assert.ok(png.length > 10_000, `the image holds the charts (${png.length} bytes)`);
    mkdirSync(artifactsDir, { recursive: true });
    await download.saveAs(join(artifactsDir, 'review-image-de.png'));
  });
});
