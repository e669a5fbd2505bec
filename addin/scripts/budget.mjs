// Prints the pane's download, gzipped as served over the wire, and fails above the first view's budget.
// Run after `npm run build`: `npm run budget`.
//  - initial: the JS and CSS that index.html loads eagerly (its module script, stylesheets and every
//    modulepreload), which the pane needs before its first paint; at most BUDGET_BYTES;
//  - lazy: chunks the pane loads only on demand with a dynamic import() (the views other than Today,
//    MSAL when Office asks for a sign-in), plus the sign-in dialog page's own files;
//  - office.js separately (loaded from the Office CDN or cache in Outlook);
//  - the modules that weigh most in the initial chunks (from dist/module-sizes.json, which the build writes).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The first view's budget: initial JS + CSS, gzipped (`BUDGET_BYTES` only lets the test show a failure). */
const BUDGET_BYTES = Number(process.env.BUDGET_BYTES ?? 150_000);
const TOP_MODULES = 15;

const dist = process.env.BUDGET_DIST ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
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
const initialSizes = new Map();
console.log('Initial (index.html: scripts, stylesheets, modulepreloads):');
for (const asset of initialAssets) {
  const size = sizes(asset);
  line(asset, size);
  if (asset.startsWith('office-js/')) office += size.gzipped;
  else {
    initial += size.gzipped;
    initialSizes.set(asset, size.gzipped);
  }
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

// Each module's code gzipped alone, scaled so a chunk's modules add up to the chunk's real gzipped size.
const moduleFile = join(dist, 'module-sizes.json');
if (existsSync(moduleFile)) {
  const modules = [];
  for (const chunk of JSON.parse(readFileSync(moduleFile, 'utf8'))) {
    const chunkSize = initialSizes.get(chunk.fileName);
    if (chunkSize === undefined) continue;
    const sum = chunk.modules.reduce((total, module) => total + module.gzipped, 0) || 1;
    for (const module of chunk.modules) {
      modules.push({ ...module, share: (module.gzipped * chunkSize) / sum });
    }
  }
  const name = (id) => id.replace(/^.*node_modules\//, '').replace(/^.*\/addin\//, '').replace(/\?.*$/, '');
  const pkg = (id) => {
    if (!id.includes('node_modules/')) return 'addin/src';
    const parts = name(id).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  };
  const byPackage = new Map();
  for (const module of modules) byPackage.set(pkg(module.id), (byPackage.get(pkg(module.id)) ?? 0) + module.share);
  console.log(`Top modules of the initial chunks (estimated gzipped share):`);
  for (const module of [...modules].sort((a, b) => b.share - a.share).slice(0, TOP_MODULES)) {
    console.log(`  ${name(module.id).padEnd(78)} ${kib(module.share).padStart(10)}`);
  }
  console.log('By package:');
  for (const [key, share] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, TOP_MODULES)) {
    console.log(`  ${key.padEnd(78)} ${kib(share).padStart(10)}`);
  }
}

console.log(`Initial JS + CSS of the pane: ${kib(initial)} gzipped (office.js loader: ${kib(office)} gzipped, cached by Office)`);
console.log(`Loaded lazily, only when needed: ${kib(lazy)} gzipped`);
if (initial > BUDGET_BYTES) {
  console.error(`Over budget: the first view is ${initial} bytes gzipped, more than ${BUDGET_BYTES} bytes.`);
  process.exit(1);
}
console.log(`Within budget: ${initial} of ${BUDGET_BYTES} bytes gzipped.`);
