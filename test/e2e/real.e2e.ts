/**
 * The real portal's structures, the Chromium-only parts (fixtures coupon-push-real, portal), with
 * coupons and history from the page's JSON services by POST: the history's DHTMLX grids given
 * countdowns that keep the grid's fixed layout, and the popup listing the pushes read from them; the
 * panel's page report downloaded; "open QSM" going to the push page last seen. (The portal's iframe,
 * the upload window and the popup's page report run in both browsers: flows/real.e2e.ts.)
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch } from './harness';

const F = '#ctl00_ContentPlaceHolder1_';
let harness: Harness;

beforeAll(async () => {
  harness = await launch({ locale: 'en-US', timezoneId: 'Asia/Tokyo' });
  harness.setServerData({ serviceDelay: 600 });
});
afterAll(async () => {
  await harness?.close();
});

/** The portal's content frame, once the push page in it has loaded. */
async function contentFrame(page: Page) {
  await page.waitForSelector('#ifrmContent');
  await expect
    .poll(() => page.frames().some((f) => f.url().includes('coupon-push-real.en')), { timeout: 15_000 })
    .toBe(true);
  const frame = page.frames().find((f) => f.url().includes('coupon-push-real.en'));
  if (!frame) throw new Error('no content frame');
  await frame.waitForSelector(`${F}ddlCoupon`);
  return frame;
}

describe('the real portal’s structures (Chromium)', () => {
  it('counts down beside the grid history’s rows without breaking its fixed layout; the popup lists them', async () => {
    const page = await harness.openFixture('portal.en');
    const frame = await contentFrame(page);
    await frame.click(`${F}btnHistory`);
    const countdowns = frame.locator('#__grid_CancelList .objbox [data-qpp="countdown"]');
    await expect.poll(() => countdowns.count(), { timeout: 15_000 }).toBe(5);
    expect(await countdowns.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.state))).toEqual(
      ['cancellable', 'closed', 'closed', 'closed', 'closed'],
    );
    const layout = await frame.evaluate(() => {
      const grid = document.getElementById('__grid_CancelList') as HTMLElement;
      const head = grid.querySelector('.xhdr table') as HTMLTableElement;
      const body = grid.querySelector('.objbox table') as HTMLTableElement;
      const widths = (table: HTMLTableElement, row: number) =>
        Array.from(table.rows[row]?.cells ?? []).map((c) => Math.round(c.getBoundingClientRect().width));
      const rows = Array.from(body.rows).slice(1);
      return {
        headWidths: widths(head, 1),
        bodyWidths: widths(body, 1),
        tableWidths: [head.offsetWidth, body.offsetWidth],
        heights: rows.map((r) => Math.round(r.getBoundingClientRect().height)),
        inside: rows.every((row) => {
          const cell = row.lastElementChild as HTMLElement;
          const host = cell.querySelector('[data-qpp="countdown"]') as HTMLElement;
          const [c, h] = [cell.getBoundingClientRect(), host.getBoundingClientRect()];
          // On the cell's one line and starting inside it; a narrow column clips the rest (title has it).
          return h.bottom <= c.bottom + 0.5 && h.top >= c.top - 0.5 && h.left < c.right - 8;
        }),
      };
    });
    expect(layout.bodyWidths).toEqual(layout.headWidths);
    expect(layout.tableWidths[1]).toBe(layout.tableWidths[0]);
    // The grid's rows stay one line high (20 px and a border), countdown and all.
    for (const height of layout.heights) expect(height).toBeLessThanOrEqual(22);
    expect(layout.inside).toBe(true);

    const popup = await harness.openExtensionPage('popup.html');
    const items = popup.locator('[data-qpp="push"]');
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBe(2);
    const text = await popup.locator('[data-qpp="pending-pushes"]').textContent();
    expect(text).toContain('1207384');
    expect(text).toContain('1207391');
    await popup.close();
    await page.close();
  });

  it('offers the page report in the panel, and it holds no coupon or shop data', async () => {
    const page = await harness.openFixture('coupon-push-real.en');
    await expect.poll(() => page.locator(`${F}ddlCoupon option`).count(), { timeout: 15_000 }).toBe(5);
    await page.selectOption(`${F}ddlCoupon`, '1207384');
    await page.click('[data-qpp="panel"] [data-qpp="page-report"]');
    const link = page.locator('[data-qpp="panel"] [data-qpp="page-report-download"]');
    await link.waitFor({ timeout: 10_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('qsm-page-report.json');
    const { readFileSync } = await import('node:fs');
    const json = readFileSync(await download.path(), 'utf8');
    const report = JSON.parse(json) as { frames: { url: string; adapter: { form: { found: boolean } } }[] };
    expect(report.frames[0]?.url).toBe('https://qsm.qoo10.jp/GMKT.INC.Gsm.Web/coupon-push-real.en.aspx');
    expect(report.frames[0]?.adapter.form.found).toBe(true);
    for (const value of ['1207384', 'Qoo10 サンプルショップ', '36212', '36,212'])
      expect(json).not.toContain(value);
    await page.close();
  });

  it('opens the push page last seen from the popup, by its address without the query', async () => {
    const popup = await harness.openExtensionPage('popup.html');
    const stored = await popup.evaluate(async () => {
      const g = globalThis as unknown as ExtensionGlobals;
      return (await g.chrome.storage.local.get('ui.pushPage'))['ui.pushPage'];
    });
    expect(stored).toMatch(/^https:\/\/qsm\.qoo10\.jp\/GMKT\.INC\.Gsm\.Web\/coupon-push-real\.en\.aspx$/);
    const [opened] = await Promise.all([
      harness.context.waitForEvent('page'),
      popup.click('[data-qpp="open-qsm"]'),
    ]);
    // A tab the extension creates is not served by the test's route: the address it was sent to counts.
    const probe = await harness.openExtensionPage('options.html');
    await expect
      .poll(
        () =>
          probe.evaluate(async () =>
            (await (globalThis as unknown as ExtensionGlobals).chrome.tabs.query({})).map(
              (tab) => tab.pendingUrl || tab.url || '',
            ),
          ),
        { timeout: 10_000 },
      )
      .toContain(stored);
    await probe.close();
    await opened.close();
  });
});

/** The extension APIs the test reads inside an extension page (types only). */
interface ExtensionGlobals {
  chrome: {
    storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
    tabs: {
      query(query: object): Promise<{ id?: number; url?: string; pendingUrl?: string }[]>;
    };
  };
}
