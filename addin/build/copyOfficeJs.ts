import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Copies office.js and the files it loads for Outlook (host scripts, English and German strings,
 * telemetry) from `@microsoft/office-js` into `dist/office-js/`, so the pane loads Office from its own origin.
 */
export function copyOfficeJs(packageDist: string, folder = 'office-js'): Plugin {
  let outDir = 'dist';
  const wanted = (name: string): boolean =>
    !name.includes('debug') &&
    !name.includes('vsdoc') &&
    (name === 'office.js' ||
      name === 'o15apptofilemappingtable.js' ||
      name === 'es6-promise.js' ||
      name.startsWith('outlook'));
  return {
    name: 'outreach-copy-office-js',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    writeBundle() {
      if (!existsSync(packageDist)) {
        this.error(`office.js not found in ${packageDist}; run npm ci`);
      }
      const target = join(outDir, folder);
      mkdirSync(target, { recursive: true });
      for (const name of readdirSync(packageDist)) {
        if (wanted(name)) {
          cpSync(join(packageDist, name), join(target, name));
        }
      }
      for (const sub of ['en-us', 'de-de', 'telemetry']) {
        const from = join(packageDist, sub);
        if (existsSync(from)) {
          cpSync(from, join(target, sub), {
            recursive: true,
            filter: (source) => !source.includes('debug'),
          });
        }
      }
    },
  };
}
