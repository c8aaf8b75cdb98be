import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { extensionDir, type Harness, launch } from './harness';

/** Code only SheetJS carries: its ZIP reader's error and its best-known export. */
const sheetJsMarkers = ['Unsupported ZIP Compression method', 'sheet_to_json'];

function templateRows(bytes: Uint8Array): unknown[][] {
  const book = XLSX.read(bytes, { type: 'array' });
  return XLSX.utils.sheet_to_json(book.Sheets[book.SheetNames[0] ?? ''] as XLSX.WorkSheet, { header: 1 });
}

// Reads the Chromium build (.output/chrome-mv3); the Firefox build bundles the same code.
describe('the built content script', () => {
  it('carries no SheetJS; the converter page does', () => {
    // The loader on every QSM page, and the features it loads where there is work.
    for (const file of ['qsm-loader.js', 'qsm-features.js']) {
      const script = readFileSync(join(extensionDir, file), 'utf8');
      for (const marker of sheetJsMarkers) expect(script.includes(marker), `${file}: ${marker}`).toBe(false);
    }
    const chunks = readdirSync(join(extensionDir, 'chunks'))
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFileSync(join(extensionDir, 'chunks', name), 'utf8'));
    expect(chunks.some((code) => sheetJsMarkers.every((marker) => code.includes(marker)))).toBe(true);
  });
});

// Chromium only: Playwright's download event hands over the saved file, puppeteer's Firefox has none.
// The converter in QSM's form, and its own page's offer: flows/orders.e2e.ts (both browsers).
describe('the converter as an extension page (Japanese browser)', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launch({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
  });
  afterAll(async () => harness?.close());

  it('offers the download on its own extension page, for files prepared in advance', async () => {
    const page = await harness.openExtensionPage('converter.html?lang=en');
    await page.locator('[data-order-paste]').fill('262749754\n２６２７４９８８６\n262749754');
    await page.locator('[data-order-read]').click();
    await page.locator('[data-order-summary]').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-order-download]').click(),
    ]);
    const path = await download.path();
    expect(download.suggestedFilename()).toMatch(/^orders-\d{8}\.xlsx$/);
    expect(templateRows(new Uint8Array(readFileSync(path)))).toEqual([
      ['Order No.'],
      ['262749754'],
      ['262749886'],
    ]);
  });
});
