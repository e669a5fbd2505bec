import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { expectAccessible, fixturesDir, launchChromium, paneUrl, uniqueUser, withPage } from '../lib.mjs';

let browser;
before(async () => (browser = await launchChromium()));
after(() => browser?.close());

test('importing a CSV in Settings shows the report with created people and rejected lines', async (t) => {
  await withPage(t, browser, async (page) => {
    await page.goto(paneUrl(uniqueUser('import')));
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Import contacts' }).waitFor();
    await expectAccessible(page, 'Settings');

    await page.getByTestId('import-file').setInputFiles(join(fixturesDir, 'connections-with-bad-line.csv'));

    const report = page.getByRole('status').filter({ hasText: 'Imported' });
    await report.getByText('Imported 3 rows').waitFor();
    await report.getByText('Created: 3').waitFor();
    await report.getByText('Rejected lines').waitFor();
    const rejected = await report.getByText(/^Line 4: The row has no name/).textContent();
    assert.match(rejected, /not-an-address/);
    await expectAccessible(page, 'Settings with an import report');
  });
});
