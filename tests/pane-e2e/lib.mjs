// Shared helpers of the pane's end-to-end suite: where the local host runs, Debian's Chromium through
// playwright-core (no browser download), development tokens, the API, artifacts and axe.
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

const here = dirname(fileURLToPath(import.meta.url));

export const baseUrl = (process.env.BASE_URL ?? 'http://127.0.0.1:7071').replace(/\/$/, '');
export const sandboxUrl = (process.env.SANDBOX_URL ?? 'http://127.0.0.1:7072').replace(/\/$/, '');
/** The harness's control channel (stop and start the host); without it the outage test is skipped. */
export const controlUrl = process.env.CONTROL_URL?.replace(/\/$/, '');
export const artifactsDir = resolve(process.env.ARTIFACTS_DIR ?? join(here, 'artifacts'));
export const demoCsvPath = process.env.DEMO_CSV ?? resolve(here, '../../.outreach/demo/Connections.csv');
export const fixturesDir = join(here, 'fixtures');

// Without the background-networking flags Chromium's own calls home fail on a closed network and
// slow or break the run; the sandbox is off because CI runs as root.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium() {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: chromiumArgs });
}

/** A fresh context (axe needs one per page) sized like a task pane. */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 420, height: 900 }, locale: 'en-US', ...options });
  context.setDefaultTimeout(15_000);
  return context.newPage();
}

/** The browser preview of `user` (its own data), sending mail through this run's sandbox. */
export function paneUrl(user, extra = {}) {
  const query = new URLSearchParams({ user, sandbox: sandboxUrl, ...extra });
  return `${baseUrl}/pane/?${query}`;
}

/** A user name no other test (or earlier run against the same storage) has used. */
export function uniqueUser(purpose) {
  return `e2e-${purpose}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

export async function tokenFor(user) {
  const response = await fetch(`${baseUrl}/dev-token?user=${encodeURIComponent(user)}`);
  if (!response.ok) {
    throw new Error(`GET /dev-token answered ${response.status}`);
  }
  return (await response.json()).token;
}

/** Calls the API as `user`; throws on an error status. */
export async function api(user, method, path, body, contentType = 'application/json') {
  const response = await fetch(`${baseUrl}/api/${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${await tokenFor(user)}`,
      ...(body === undefined ? {} : { 'Content-Type': contentType }),
    },
    body: body === undefined ? undefined : contentType === 'application/json' ? JSON.stringify(body) : body,
  });
  if (!response.ok) {
    throw new Error(`${method} /api/${path} answered ${response.status}: ${await response.text()}`);
  }
  return response.status === 204 ? null : response.json();
}

/** Imports the demo network for `user` over the API (tests that are not about the import). */
export function importDemoNetwork(user) {
  return api(user, 'POST', 'imports', readFileSync(demoCsvPath), 'text/csv');
}

export function personName(person) {
  return [person.firstName, person.lastName].filter((part) => part && part.trim()).join(' ');
}

/** Saves a screenshot under the artifacts folder and prints where. */
export async function screenshot(page, name) {
  mkdirSync(artifactsDir, { recursive: true });
  const path = join(artifactsDir, name);
  await page.screenshot({ path, fullPage: true });
  console.log(`screenshot: ${path}`);
  return path;
}

/**
 * Runs `body` with a page and keeps a screenshot when it fails, so a red run shows what the pane showed.
 * node:test's `t.name` names the file.
 */
export async function withPage(t, browser, body, options) {
  const page = await newPage(browser, options);
  try {
    await body(page);
  } catch (error) {
    const name = `failure-${t.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`;
    await screenshot(page, name).catch(() => undefined);
    throw error;
  } finally {
    await page.context().close();
  }
}

/** axe on the page as it is: no serious or critical violations (lesser ones are printed, not failed). */
export async function expectAccessible(page, view) {
  // Fluent's focus manager (tabster) puts aria-hidden focus sentinels (<i data-tabster-dummy>) around
  // tab lists and dialogs on purpose: they pass focus on and are never announced. axe cannot know that.
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .exclude('[data-tabster-dummy]')
    .analyze();
  const describe = (v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`;
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of results.violations.filter((v) => !blocking.includes(v))) {
    console.log(`axe (${view}, not failing): ${describe(v)}`);
  }
  if (blocking.length > 0) {
    throw new Error(`axe found serious or critical violations in ${view}:\n${blocking.map(describe).join('\n')}`);
  }
}

/**
 * An Outlook stand-in for office.js: the pane believes it runs in Outlook with `from` selected, so the
 * Person view (which follows the selected mail) has someone to show. Tokens still come from the
 * development issuer, because the build has no app registration.
 */
export async function fakeOutlook(page, from) {
  const script = `
    window.Office = {
      HostType: { Outlook: 'Outlook' },
      EventType: { ItemChanged: 'olkItemSelectedChanged', RecipientsChanged: 'olkRecipientsChanged' },
      onReady: () => Promise.resolve({ host: 'Outlook', platform: 'OfficeOnline' }),
      context: {
        displayLanguage: 'en-US',
        requirements: { isSetSupported: () => false },
        mailbox: {
          item: { from: { emailAddress: ${JSON.stringify(from)}, displayName: '' } },
          addHandlerAsync: (type, handler, callback) => callback && callback({ status: 'succeeded' }),
          removeHandlerAsync: (type, callback) => callback && callback({ status: 'succeeded' }),
        },
      },
    };`;
  await page.route('**/office-js/office.js', (route) => route.fulfill({ contentType: 'text/javascript', body: script }));
}

/** Polls `probe` until it returns something truthy. */
export async function eventually(probe, { timeout = 30_000, interval = 500, what = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeout} ms waiting for ${what}.`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** `GET /api/replies` as a list (the API sends the list; older builds wrapped it in `items`). */
export async function replies(user) {
  const body = await api(user, 'GET', 'replies');
  return Array.isArray(body) ? body : body.items;
}

/** How many were written today, from Today's progress line in any wording ("2 of 5 written today", "1 written, ...", "Rest day"). */
export async function writtenToday(page) {
  const text = await page.getByTestId('progress').textContent();
  const match = /(\d+) of [\d,]+ written today|(\d+) written/.exec(text);
  // A rest day with nothing written says only "Rest day · 0 of 300".
  if (!match && text.startsWith('Rest day')) {
    return 0;
  }
  if (!match) {
    throw new Error(`No count written today in "${text}"`);
  }
  return Number(match[1] ?? match[2]);
}

/** The focused element shows its focus: it matches :focus-visible and draws an outline or a focus ring. */
export async function expectVisibleFocus(page, what) {
  // Focus indicators may animate in (Fluent's input bar grows over ~200 ms): look for up to a second.
  let focus;
  for (let attempt = 0; attempt < 5; attempt++) {
    focus = await readFocus(page);
    if (focus.visible) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The focus on ${what} (${focus.label}) is not visible.`);
}

function readFocus(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { visible: false, label: 'nothing' };
    const style = getComputedStyle(element);
    const after = getComputedStyle(element, '::after');
    // Fluent's inputs draw the focus on their wrapper: a bottom bar (::after) that grows while focused.
    const wrapper = element.parentElement;
    const bar = wrapper ? getComputedStyle(wrapper, '::after') : null;
    const ring =
      (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
      style.boxShadow !== 'none' ||
      (after.content !== 'none' && after.borderTopStyle !== 'none' && after.borderTopStyle !== '') ||
      (wrapper?.matches(':focus-within') && bar && bar.content !== 'none' && parseFloat(bar.borderBottomWidth) > 0 && !/^matrix\(0,/.test(bar.transform));
    return {
      visible: element.matches(':focus-visible') && Boolean(ring),
      label: element.getAttribute('aria-label') || element.textContent?.trim().slice(0, 40) || element.tagName,
    };
  });
}
