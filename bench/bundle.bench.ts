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
  // The loader is all a QSM page or frame without work ever parses (issue 11: ≤ 8 kB of script).
  {
    name: 'loader (every QSM page and frame)',
    files: ['qsm-loader.js'],
    gzipBudget: 4 * 1024,
    budget: 8 * 1024,
  },
  { name: 'features (pages with work only)', files: ['qsm-features.js'], gzipBudget: 110 * 1024 },
  // 配送管理 / クレーム管理 parse this in place of the features (issue 20); no zod in it.
  { name: 'collect bar (配送管理, クレーム管理)', files: ['qsm-collect.js'], gzipBudget: 20 * 1024 },
  { name: 'popup (before first paint)', files: pageScripts('popup.html'), gzipBudget: 80 * 1024 },
  { name: 'background', files: ['background.js'], gzipBudget: 80 * 1024 },
];

test('bundle sizes against their budgets (gzip)', () => {
  for (const { name, files, gzipBudget, budget } of budgets) {
    const { bytes, gzip } = measure(files);
    const raw = budget ? `; budget ${kb(budget)}` : '';
    console.log(`${name}: ${kb(bytes)}${raw} (${kb(gzip)} gzip; budget ${kb(gzipBudget)} gzip)`);
    expect(gzip, name).toBeLessThanOrEqual(gzipBudget);
    if (budget) expect(bytes, name).toBeLessThanOrEqual(budget);
  }
  for (const file of ['qsm-loader.js', 'qsm-features.js', 'qsm-collect.js']) {
    const content = readFileSync(join(out, file), 'utf8');
    expect(content, `SheetJS in ${file}`).not.toMatch(/SheetJS|XLSX\.version/);
  }
  // The loader carries no schema library, no UI library and no catalogue.
  const loader = readFileSync(join(out, 'qsm-loader.js'), 'utf8');
  expect(loader, 'zod in the loader').not.toMatch(/ZodError|\$ZodType/);
  expect(loader, 'Preact in the loader').not.toMatch(/__H|preact/);
  const collect = readFileSync(join(out, 'qsm-collect.js'), 'utf8');
  expect(collect, 'zod in the collect bar').not.toMatch(/ZodError|\$ZodType/);
});
