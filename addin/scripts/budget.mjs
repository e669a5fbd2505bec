// Prints the pane's initial download: the JS and CSS that index.html loads (gzipped, as served over
// the wire), and office.js separately. Run after `npm run build`: `npm run budget`.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const page = join(dist, 'index.html');
if (!existsSync(page)) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}

const html = readFileSync(page, 'utf8');
const assets = [...html.matchAll(/(?:src|href)="\/pane\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
let app = 0;
let office = 0;
for (const asset of assets) {
  const content = readFileSync(join(dist, asset));
  const gzipped = gzipSync(content, { level: 9 }).length;
  console.log(`${asset.padEnd(48)} ${kib(content.length).padStart(12)} ${kib(gzipped).padStart(12)} gzipped`);
  if (asset.startsWith('office-js/')) office += gzipped;
  else app += gzipped;
}
console.log(`Initial JS + CSS of the pane: ${kib(app)} gzipped (office.js loader: ${kib(office)} gzipped, cached by Office)`);
