import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { chooseType, field } from './form';
import { extensionDir, type Harness, launch } from './harness';

const shippingExport = readFileSync(join(__dirname, '../fixtures/orders/shipping-export.sjis.csv'));
const expected = ['262749754', '262749886', '262749887', '1262750373'];

/** Code only SheetJS carries: its ZIP reader's error and its best-known export. */
const sheetJsMarkers = ['Unsupported ZIP Compression method', 'sheet_to_json'];

function templateRows(bytes: Uint8Array): unknown[][] {
  const book = XLSX.read(bytes, { type: 'array' });
  return XLSX.utils.sheet_to_json(book.Sheets[book.SheetNames[0] ?? ''] as XLSX.WorkSheet, { header: 1 });
}

async function converterFrame(page: Page): Promise<Frame> {
  let frame: Frame | undefined;
  await expect
    .poll(() => {
      frame = page.frames().find((f) => f.url().includes('/converter.html'));
      return frame ? frame.url() : '';
    })
    .toContain('embedded=1');
  const found = frame as Frame;
  await found.waitForSelector('[data-order-drop]');
  return found;
}

/** Drops a file on the converter's drop zone the way a browser does: a drop event carrying a DataTransfer. */
async function dropFile(frame: Frame, name: string, bytes: Uint8Array) {
  const transfer = await frame.evaluateHandle(
    ({ name, data }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(data)], name, { type: 'text/csv' }));
      return dt;
    },
    { name, data: Array.from(bytes) },
  );
  await frame.locator('[data-order-drop]').dispatchEvent('drop', { dataTransfer: transfer });
}

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

describe('order lists to the upload form (ja page, Japanese browser)', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launch({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
  });
  afterAll(async () => harness?.close());

  it('drops a Shift_JIS shipping export on the converter and puts the template into QSM’s upload input', async () => {
    const page = await harness.openFixture('coupon-push.ja');
    await chooseType(page, 'compensation');
    await expect.poll(() => page.locator('[data-qpp="order-converter"]').count()).toBe(1);

    const frame = await converterFrame(page);
    await dropFile(frame, 'shipping.csv', new Uint8Array(shippingExport));
    const found = frame.locator('[data-order-found]');
    await found.waitFor();
    expect(await found.getAttribute('data-order-found')).toBe(String(expected.length));
    expect(await frame.locator('[data-order-duplicates]').getAttribute('data-order-duplicates')).toBe('1');
    expect(await frame.locator('[data-reason="scientific-notation"]').count()).toBe(1);

    await frame.locator('[data-order-put]').click();
    await frame.locator('[data-order-put-done]').waitFor();

    const upload = await page.$eval(field('fuOrderExcel'), async (input) => {
      const file = (input as HTMLInputElement).files?.[0];
      return file ? { name: file.name, bytes: Array.from(new Uint8Array(await file.arrayBuffer())) } : null;
    });
    expect(upload?.name).toMatch(/^orders-\d{8}\.xlsx$/);
    expect(templateRows(new Uint8Array(upload?.bytes ?? []))).toEqual([
      ['Order No.'],
      ...expected.map((n) => [n]),
    ]);
    // The page's own change handler saw the file: its upload dialog is open and reports the upload.
    expect(await page.locator(field('divUploadLayer')).isVisible()).toBe(true);
    await expect.poll(() => page.locator(field('spnUploadResult')).textContent()).not.toBe('');
  });

  it('offers the download on its own extension page, for files prepared in advance', async () => {
    const page = await harness.openExtensionPage('converter.html?lang=en');
    await page.locator('[data-order-paste]').fill('262749754\n２６２７４９８８６\n262749754');
    await page.locator('[data-order-read]').click();
    await page.locator('[data-order-summary]').waitFor();
    expect(await page.locator('[data-order-put]').count()).toBe(0);
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
