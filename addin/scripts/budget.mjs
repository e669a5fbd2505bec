// Prints the pane's download, gzipped as served over the wire. Run after `npm run build`: `npm run budget`.
//  - initial: the JS and CSS that index.html loads eagerly (its module script, stylesheets and every
//    modulepreload), which the pane needs before its first paint;
//  - lazy: chunks the pane loads only on demand with a dynamic import() (MSAL, when Office asks for a
//    sign-in), plus the sign-in dialog page's own files;
//  - office.js separately (loaded from the Office CDN or cache in Outlook).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const page = join(dist, 'index.html');
if (!existsSync(page)) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}

/** The JS and CSS a page loads eagerly: script src, stylesheet and modulepreload hrefs. */
function eagerAssets(html) {
  return [...html.matchAll(/(?:src|href)="\/pane\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const sizes = (asset) => {
  const content = readFileSync(join(dist, asset));
  return { raw: content.length, gzipped: gzipSync(content, { level: 9 }).length };
};
const line = (asset, { raw, gzipped }) =>
  console.log(`  ${asset.padEnd(46)} ${kib(raw).padStart(12)} ${kib(gzipped).padStart(12)} gzipped`);

const initialAssets = eagerAssets(readFileSync(page, 'utf8'));
let initial = 0;
let office = 0;
console.log('Initial (index.html: scripts, stylesheets, modulepreloads):');
for (const asset of initialAssets) {
  const size = sizes(asset);
  line(asset, size);
  if (asset.startsWith('office-js/')) office += size.gzipped;
  else initial += size.gzipped;
}

const lazyAssets = readdirSync(join(dist, 'assets'))
  .filter((name) => /\.(?:js|css)$/.test(name))
  .map((name) => `assets/${name}`)
  .filter((asset) => !initialAssets.includes(asset))
  .sort();
let lazy = 0;
console.log('Lazy (dynamic imports, and the sign-in dialog page):');
for (const asset of lazyAssets) {
  const size = sizes(asset);
  line(asset, size);
  lazy += size.gzipped;
}

console.log(`Initial JS + CSS of the pane: ${kib(initial)} gzipped (office.js loader: ${kib(office)} gzipped, cached by Office)`);
console.log(`Loaded lazily, only when needed: ${kib(lazy)} gzipped`);
