// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..');
const node = process.execPath;

function budget(dist: string, env: Record<string, string> = {}) {
  return spawnSync(node, [join(root, 'scripts', 'budget.mjs')], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, BUDGET_DIST: dist, ...env },
  });
}

// Builds the pane into a folder of its own (not dist/, which the local host serves) and measures it.
describe('the first view budget', () => {
  let dist: string;

  beforeAll(() => {
    dist = mkdtempSync(join(tmpdir(), 'pane-budget-'));
    const build = spawnSync(node, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error'], {
      cwd: root,
      encoding: 'utf8',
      // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
      env: { ...process.env, NODE_ENV: 'production' },
    });
    expect(build.status, build.stderr).toBe(0);
  }, 300_000);

  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('keeps the initial JS and CSS within 150 KB gzipped and names its heaviest modules', () => {
    const result = budget(dist);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Within budget: \d+ of 150000 bytes gzipped/);
    expect(result.stdout).toContain('Top modules of the initial chunks');
    expect(result.stdout).toContain('react-dom');
  });

  it('fails when the first view is above the budget', () => {
    const result = budget(dist, { BUDGET_BYTES: '100000' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Over budget: the first view is \d+ bytes gzipped, more than 100000 bytes/);
  });

  it('keeps the other views out of the first download', () => {
    const result = budget(dist);
    const lazy = result.stdout.slice(result.stdout.indexOf('Lazy ('));
    for (const view of ['PeopleView', 'RepliesView', 'PersonView', 'SettingsView', 'FirstRun']) {
      expect(lazy).toContain(`assets/${view}-`);
    }
  });
});
