/**
 * Orders for a compensation push, collected where they are (ja pages, Japanese browser, Tokyo): ticked
 * rows and then every row of other counters and pages on 配送管理, claims on クレーム管理, then on the
 * push form "use the collected orders" puts the template into QSM's upload field: read back, exactly
 * those order numbers, in first-seen order, no duplicates. The list lives in storage.session: the
 * popup shows it, and a browser restarted in the same profile has forgotten it.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { type Driver, launchDriver, newProfileDir, type Tab } from '../driver';
import { axeOnHosts } from './axe';
import type { ExtensionGlobals } from './extension';
import { chooseType, field } from './form';

const BAR = '[data-qpp="order-collect"]';
const inBar = (selector: string) => `${BAR} >>> ${selector}`;
const DELIVERY_ROWS = '#__grid_goods_grid .objbox tr[idd]';
const CLAIM_ROWS = '#__grid_ClaimGrid .objbox tr[idd]';
const options = { locale: 'ja-JP', timezoneId: 'Asia/Tokyo' };

function templateRows(bytes: number[]): unknown[][] {
  const book = XLSX.read(new Uint8Array(bytes), { type: 'array' });
  return XLSX.utils.sheet_to_json(book.Sheets[book.SheetNames[0] ?? ''] as XLSX.WorkSheet, { header: 1 });
}

function uploaded(tab: Tab) {
  return tab.evaluate(async (selector) => {
    const file = (document.querySelector(selector) as HTMLInputElement).files?.[0];
    return file ? { name: file.name, bytes: Array.from(new Uint8Array(await file.arrayBuffer())) } : null;
  }, field('fuOrderExcel'));
}

/** The rows' order numbers once the grid shows something other than `before`. */
async function refilled(tab: Tab, rows: string, before: (string | null)[]): Promise<string[]> {
  await expect
    .poll(async () => JSON.stringify(await tab.attrs(rows, 'idd')))
    .not.toBe(JSON.stringify(before));
  return (await tab.attrs(rows, 'idd')) as string[];
}

const count = (tab: Tab) => tab.attr(BAR, 'data-count');

/** What an extension page reads in storage (session or local). */
function stored(tab: Tab, area: 'session' | 'local', key: string) {
  return tab.evaluate(
    async ({ area, key }) => {
      const g = globalThis as unknown as ExtensionGlobals;
      const api = (g.browser ?? g.chrome) as unknown as {
        storage: Record<string, { get(key: string): Promise<Record<string, unknown>> }>;
      };
      return (await api.storage[area]?.get(key))?.[key] ?? null;
    },
    { area, key },
  );
}

describe('collecting orders on 配送管理 and クレーム管理 for a compensation push', () => {
  let browser: Driver;
  const profileDir = newProfileDir();
  beforeAll(async () => {
    browser = await launchDriver({ ...options, profileDir });
    // Five rows a page, so the pager has pages to turn.
    browser.setServerData({ pageSize: 5, serviceDelay: 50 });
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(profileDir, { recursive: true, force: true });
  });

  it('collects ticked rows, then whole counters and pages, then claims, and the upload field gets exactly those', async () => {
    const delivery = await browser.openFixture('Delivery/DeliveryManagement.ja');
    await expect.poll(() => delivery.count(DELIVERY_ROWS)).toBe(5);
    await expect.poll(() => delivery.count(BAR)).toBe(1);
    await expect.poll(() => count(delivery)).toBe('0');
    // The bar sits in the page's flow right above the grid.
    expect(await delivery.evaluate((bar) => document.querySelector(bar)?.nextElementSibling?.id, BAR)).toBe(
      '__grid_goods_grid',
    );

    const first = (await delivery.attrs(DELIVERY_ROWS, 'idd')) as string[];
    await delivery.click(`${DELIVERY_ROWS}[idd="${first[1]}"] img`);
    await delivery.click(`${DELIVERY_ROWS}[idd="${first[3]}"] img`);
    await delivery.click(inBar('[data-qpp="collect-ticked"]'));
    await expect.poll(() => count(delivery)).toBe('2');
    // The bar, with its note, passes axe-core as the panel does.
    expect(await axeOnHosts(delivery)).toEqual([]);

    // Another counter: the grid is refilled; all its rows shown, then the next page of them.
    await delivery.click('#txt_cnt_awaiting_orders1');
    const awaiting = await refilled(delivery, DELIVERY_ROWS, first);
    await delivery.click(inBar('[data-qpp="collect-all"]'));
    await expect.poll(() => count(delivery)).toBe(String(2 + awaiting.length));
    await delivery.click('#paging_goods_grid a[data-page="2"]');
    const awaitingPage2 = await refilled(delivery, DELIVERY_ROWS, awaiting);
    await delivery.click(inBar('[data-qpp="collect-all"]'));
    await expect.poll(() => count(delivery)).toBe(String(2 + awaiting.length + awaitingPage2.length));

    // Back to the first counter: all its rows, the two ticked before are not added again.
    await delivery.click('#txt_shipping_type_registered');
    await refilled(delivery, DELIVERY_ROWS, awaitingPage2);
    await delivery.click(inBar('[data-qpp="collect-all"]'));
    const fromDelivery = [first[1], first[3], ...awaiting, ...awaitingPage2, first[0], first[2], first[4]];
    await expect.poll(() => count(delivery)).toBe(String(fromDelivery.length));
    await expect
      .poll(() => delivery.attr(inBar('[data-qpp="collect-note"]'), 'data-note'))
      .toBe('collect.added');
    await delivery.close();

    // クレーム管理: the list carries over; the cancelled claims are added, those already in it are not.
    const claims = await browser.openFixture('Claim/ClaimManagement.ja');
    await expect.poll(() => claims.count(CLAIM_ROWS)).toBeGreaterThan(0);
    await expect.poll(() => count(claims)).toBe(String(fromDelivery.length));
    // The requested claims that were the seller's fault (販売者の責任 in their reason), then all cancelled ones.
    const requested = (await claims.attrs(CLAIM_ROWS, 'idd')) as string[];
    const sellers = await claims.evaluate(
      (rows) =>
        Array.from(document.querySelectorAll(rows))
          .filter((row) => row.textContent?.includes('販売者の責任'))
          .map((row) => row.getAttribute('idd') as string),
      CLAIM_ROWS,
    );
    expect(sellers.length).toBeGreaterThan(0);
    expect(sellers.length).toBeLessThan(requested.length);
    await claims.click(inBar('[data-qpp="collect-seller-fault"]'));
    const withSellers = [...fromDelivery, ...sellers.filter((n) => !fromDelivery.includes(n))];
    await expect.poll(() => count(claims)).toBe(String(withSellers.length));
    await claims.click('#ctl00_ctl00_MainMaster_MainHolder_cancel_end');
    const cancelled = await refilled(claims, CLAIM_ROWS, requested);
    await claims.click(inBar('[data-qpp="collect-all"]'));
    const expected = [...withSellers, ...cancelled.filter((n) => !withSellers.includes(n))];
    await expect.poll(() => count(claims)).toBe(String(expected.length));
    await claims.click(inBar('[data-qpp="collect-review"]'));
    expect(await claims.count(inBar('[data-batch]'))).toBeGreaterThanOrEqual(4);
    await claims.close();

    // The push form: compensation, then the collected list, offered first, into QSM's upload field.
    const form = await browser.openFixture('coupon-push.ja');
    await chooseType(form, 'compensation');
    const frame = await form.frame('/converter.html', '[data-qpp="use-collected"]');
    expect(await frame.text('[data-qpp="use-collected"]')).toContain(String(expected.length));
    await frame.click('[data-qpp="use-collected"]');
    await frame.waitFor('[data-order-put-done]');
    const upload = await uploaded(form);
    expect(upload?.name).toMatch(/^orders-\d{8}\.xlsx$/);
    expect(templateRows(upload?.bytes ?? [])).toEqual([['Order No.'], ...expected.map((n) => [n])]);
    expect(new Set(expected).size).toBe(expected.length);
    // QSM's page read the file: the buyers table shows exactly those orders.
    await expect
      .poll(() => form.attrs(`${field('tblBuyers')} tbody input[type=checkbox]`, 'value'))
      .toEqual(expected);
    await form.close();

    const popup = await browser.openExtensionPage('popup.html');
    await expect.poll(() => popup.attr('[data-qpp="collected"]', 'data-count')).toBe(String(expected.length));
    await popup.close();
  });

  it('forgets the list when the browser restarts (storage.session), and keeps what storage.local holds', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    await expect.poll(async () => Boolean(await stored(popup, 'session', 'collect.orders'))).toBe(true);
    await popup.evaluate(() => {
      type Api = { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      return (g.browser ?? g.chrome)?.storage.local.set({ 'e2e.restartMarker': 'same profile' });
    });
    await browser.close();

    browser = await launchDriver({ ...options, profileDir });
    browser.setServerData({ pageSize: 5, serviceDelay: 50 });
    const again = await browser.openExtensionPage('popup.html');
    expect(await stored(again, 'local', 'e2e.restartMarker')).toBe('same profile');
    expect(await stored(again, 'session', 'collect.orders')).toBeNull();
    await expect.poll(() => again.attr('[data-qpp="collected"]', 'data-count')).toBe('0');
    const delivery = await browser.openFixture('Delivery/DeliveryManagement.ja');
    await expect.poll(() => delivery.count(BAR)).toBe(1);
    await expect.poll(() => count(delivery)).toBe('0');
  });

  it('removes one batch under Review, and the popup’s Clear empties the list for the bar too', async () => {
    const delivery = await browser.openFixture('Delivery/DeliveryManagement.ja');
    await expect.poll(() => delivery.count(DELIVERY_ROWS)).toBe(5);
    await expect.poll(() => count(delivery)).toBe('0');
    const first = (await delivery.attrs(DELIVERY_ROWS, 'idd')) as string[];
    await delivery.click(`${DELIVERY_ROWS}[idd="${first[0]}"] img`);
    await delivery.click(inBar('[data-qpp="collect-ticked"]'));
    await expect.poll(() => count(delivery)).toBe('1');
    await delivery.click('#txt_cnt_awaiting_orders1');
    const awaiting = await refilled(delivery, DELIVERY_ROWS, first);
    await delivery.click(inBar('[data-qpp="collect-all"]'));
    await expect.poll(() => count(delivery)).toBe(String(1 + awaiting.length));
    await delivery.click(inBar('[data-qpp="collect-review"]'));
    await expect
      .poll(() => delivery.attrs(inBar('[data-batch]'), 'data-batch-count'))
      .toEqual(['1', String(awaiting.length)]);
    await delivery.click(inBar('[data-qpp="collect-remove"]'));
    await expect.poll(() => count(delivery)).toBe(String(awaiting.length));

    const popup = await browser.openExtensionPage('popup.html');
    await expect.poll(() => popup.attr('[data-qpp="collected"]', 'data-count')).toBe(String(awaiting.length));
    await popup.click('[data-qpp="collected"] [data-qpp="collect-clear"]');
    await expect.poll(() => popup.attr('[data-qpp="collected"]', 'data-count')).toBe('0');
    await popup.close();
    // Back on 配送管理, the bar asks again.
    await delivery.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect.poll(() => count(delivery)).toBe('0');
  });
});
