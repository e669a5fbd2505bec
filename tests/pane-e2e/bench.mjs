// Figure: API round trips the pane makes before the first person card is visible (goal: 1, GET /api/today).
// Starts nothing itself: it expects a running local host (BASE_URL, default http://127.0.0.1:7071) and imports
// the demo network for a fresh user first, so there is a person to show.
//   npm --prefix tests/pane-e2e run bench
import { api, baseUrl, launchChromium, newPage, paneUrl, personName, sandboxUrl, uniqueUser } from './lib.mjs';

const user = uniqueUser('bench');
const csv = await fetch(`${sandboxUrl}/sandbox/demo/connections.csv`);
if (!csv.ok) {
  throw new Error(`GET ${sandboxUrl}/sandbox/demo/connections.csv answered ${csv.status}; is the local host running?`);
}
await api(user, 'POST', 'imports', Buffer.from(await csv.arrayBuffer()), 'text/csv');
const next = (await api(user, 'GET', 'today')).next;

const browser = await launchChromium();
try {
  const page = await newPage(browser);
  const calls = [];
  let counting = true;
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (counting && url.origin === new URL(baseUrl).origin && url.pathname.startsWith('/api/')) {
      calls.push(`${request.method()} ${url.pathname}`);
    }
  });
  await page.goto(paneUrl(user));
  await page.getByRole('region', { name: 'Next' }).getByRole('heading', { name: personName(next) }).waitFor();
  counting = false;
  console.log(`API round trips before the first person card: ${calls.length} (goal: 1)`);
  for (const call of calls) {
    console.log(`  ${call}`);
  }
} finally {
  await browser.close();
}
