/**
 * The compensation converter embedded in QSM's form (ja page, Japanese browser, seller in Tokyo): an
 * order list dropped or pasted, the template put into QSM's upload field, and its bytes read back;
 * on its own extension page, the download instead, read back from the saved file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { type Driver, launchDriver, type Scope, type Tab } from '../driver';
import { chooseType, field } from './form';

const shippingExport = readFileSync(join(__dirname, '../../fixtures/orders/shipping-export.sjis.csv'));
const expected = ['262749754', '262749886', '262749887', '1262750373'];

function templateRows(bytes: number[]): unknown[][] {
  const book = XLSX.read(new Uint8Array(bytes), { type: 'array' });
  return XLSX.utils.sheet_to_json(book.Sheets[book.SheetNames[0] ?? ''] as XLSX.WorkSheet, { header: 1 });
}

/** What QSM's upload field holds: the file's name and bytes, as the page itself would read them. */
function uploaded(tab: Tab) {
  return tab.evaluate(async (selector) => {
    const file = (document.querySelector(selector) as HTMLInputElement).files?.[0];
    return file ? { name: file.name, bytes: Array.from(new Uint8Array(await file.arrayBuffer())) } : null;
  }, field('fuOrderExcel'));
}

async function converterOnForm(browser: Driver): Promise<{ tab: Tab; frame: Scope }> {
  const tab = await browser.openFixture('coupon-push.ja');
  await chooseType(tab, 'compensation');
  await expect.poll(() => tab.count('[data-qpp="order-converter"]')).toBe(1);
  return { tab, frame: await tab.frame('/converter.html', '[data-order-drop]') };
}

async function putIntoUploadField(tab: Tab, frame: Scope) {
  await frame.click('[data-order-put]');
  await frame.waitFor('[data-order-put-done]');
  // The page's own change handler saw the file: its upload dialog is open and reports the upload.
  await expect.poll(() => tab.visible(field('divUploadLayer'))).toBe(true);
  await expect.poll(() => tab.text(field('spnUploadResult'))).not.toBe('');
  // The seller is told to click Upload File: it is in view, and has the focus.
  const submit = await tab.evaluate((id) => {
    const button = document.getElementById(id);
    const box = button?.getBoundingClientRect();
    return {
      focused: document.activeElement === button,
      inView: Boolean(box && box.top >= 0 && box.bottom <= innerHeight),
    };
  }, 'ctl00_ContentPlaceHolder1_btnUploadFile');
  expect(submit).toEqual({ focused: true, inView: true });
}

describe('order lists to the upload form (ja page, Japanese browser)', () => {
  let browser: Driver;
  beforeAll(async () => {
    browser = await launchDriver({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
  });
  afterAll(async () => browser?.close());

  it('drops a Shift_JIS shipping export on the converter and puts the template into QSM’s upload field', async () => {
    const { tab, frame } = await converterOnForm(browser);
    expect(frame.url()).toContain('embedded=1');
    await frame.drop('[data-order-drop]', {
      name: 'shipping.csv',
      mimeType: 'text/csv',
      buffer: shippingExport,
    });
    await frame.waitFor('[data-order-found]');
    expect(await frame.attr('[data-order-found]', 'data-order-found')).toBe(String(expected.length));
    expect(await frame.attr('[data-order-duplicates]', 'data-order-duplicates')).toBe('1');
    expect(await frame.count('[data-reason="scientific-notation"]')).toBe(1);

    await putIntoUploadField(tab, frame);
    const upload = await uploaded(tab);
    expect(upload?.name).toMatch(/^orders-\d{8}\.xlsx$/);
    expect(templateRows(upload?.bytes ?? [])).toEqual([['Order No.'], ...expected.map((n) => [n])]);
    await tab.close();
  });

  it('reads pasted order numbers (full-width digits too) and puts them into the upload field', async () => {
    const { tab, frame } = await converterOnForm(browser);
    await frame.fill('[data-order-paste]', '262749754\n２６２７４９８８６\n262749754');
    await frame.click('[data-order-read]');
    await frame.waitFor('[data-order-summary]');
    expect(await frame.attr('[data-order-found]', 'data-order-found')).toBe('2');
    expect(await frame.attr('[data-order-duplicates]', 'data-order-duplicates')).toBe('1');

    await putIntoUploadField(tab, frame);
    const upload = await uploaded(tab);
    expect(templateRows(upload?.bytes ?? [])).toEqual([['Order No.'], ['262749754'], ['262749886']]);
    await tab.close();
  });

  it('offers the download, and nothing to put, on its own extension page, for files prepared in advance', async () => {
    const page = await browser.openExtensionPage('converter.html?lang=en');
    await page.fill('[data-order-paste]', '262749754\n２６２７４９８８６\n262749754');
    await page.click('[data-order-read]');
    await page.waitFor('[data-order-summary]');
    expect(await page.count('[data-order-put]')).toBe(0);
    const saved = await page.download(() => page.click('[data-order-download]'));
    expect(saved.name).toMatch(/^orders-\d{8}\.xlsx$/);
    expect(templateRows(Array.from(saved.bytes))).toEqual([['Order No.'], ['262749754'], ['262749886']]);
    await page.close();
  });
});
