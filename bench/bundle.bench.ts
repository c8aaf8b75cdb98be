/**
 * What sellers download and what each page parses before it shows anything, from the production
 * Chrome build (`npm run bench` builds it first). The content script loads on every QSM page and the
 * popup must open instantly, so both have budgets; SheetJS must stay out of the content script.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';

const out = join(import.meta.dirname, '../.output/chrome-mv3');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** The scripts an HTML entry loads before first paint: its module script and the modulepreloads. */
function pageScripts(html: string): string[] {
  const page = readFileSync(join(out, html), 'utf8');
  return [...page.matchAll(/(?:src|href)="\/(chunks\/[^"]+\.js)"/g)].map((match) => match[1] ?? '');
}

function measure(files: string[]) {
  const bytes = files.reduce((sum, file) => sum + statSync(join(out, file)).size, 0);
  const gzip = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(out, file))).length, 0);
  return { bytes, gzip };
}

const budgets = [
  { name: 'content script (every QSM page)', files: ['content-scripts/qsm.js'], gzipBudget: 110 * 1024 },
  { name: 'popup (before first paint)', files: pageScripts('popup.html'), gzipBudget: 80 * 1024 },
  { name: 'background', files: ['background.js'], gzipBudget: 80 * 1024 },
];

test('bundle sizes against their budgets (gzip)', () => {
  for (const { name, files, gzipBudget } of budgets) {
    const { bytes, gzip } = measure(files);
    console.log(`${name}: ${kb(bytes)} (${kb(gzip)} gzip; budget ${kb(gzipBudget)} gzip)`);
    expect(gzip, name).toBeLessThanOrEqual(gzipBudget);
  }
  const content = readFileSync(join(out, 'content-scripts/qsm.js'), 'utf8');
  expect(content, 'SheetJS in the content script').not.toMatch(/SheetJS|XLSX\.version/);
});
