import { after, before, test } from 'node:test';
import { controlUrl, expectAccessible, importDemoNetwork, launchChromium, paneUrl, uniqueUser, withPage, baseUrl, eventually } from '../lib.mjs';

// Needs the harness (PaneBrowserTests), which can take the local run down and bring it back.
const skip = controlUrl ? false : 'CONTROL_URL is not set: only the dotnet test harness can stop and restart the host';
let browser;
const user = uniqueUser('outage');

async function control(action) {
  const response = await fetch(`${controlUrl}/host/${action}`, { method: 'POST' });
  if (response.status !== 204) {
    throw new Error(`host/${action} answered ${response.status}`);
  }
}

const apiUp = async () => {
  try {
    return (await fetch(`${baseUrl}/api/health`)).ok;
  } catch {
    return false;
  }
};

before(async () => {
  if (!skip) {
    browser = await launchChromium();
    await importDemoNetwork(user);
  }
});
after(async () => {
  await browser?.close();
  // Whatever happened, leave the host running for the next file.
  if (!skip && !(await apiUp())) {
    await control('start');
  }
});

test('with the API down the pane says so and offers Retry; when it is back, Retry recovers', { skip }, async (t) => {
  await withPage(t, browser, async (page) => {
    await page.goto(paneUrl(user));
    await page.getByRole('region', { name: 'Next' }).getByRole('button', { name: 'Write' }).waitFor();

    await control('stop');
    await eventually(async () => !(await apiUp()), { timeout: 10_000, what: 'the API to be gone' });

    // The loaded page stays; the next call fails.
    await page.getByRole('tab', { name: 'Replies' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Outreach can’t be reached. Check your connection and try again.' });
    await alert.waitFor();
    await expectAccessible(page, 'Replies (API down)');
    await page.getByRole('tab', { name: 'Today' }).click();
    await alert.waitFor();
    await expectAccessible(page, 'Today (API down)');

    await control('start');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await page.getByRole('region', { name: 'Next' }).getByRole('button', { name: 'Write' }).waitFor();
    await alert.waitFor({ state: 'detached' });
  });
});
