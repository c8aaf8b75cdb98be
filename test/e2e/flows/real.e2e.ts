/**
 * The real portal's structures in both browsers: the push page inside the portal's iframe, its
 * coupons, goods and history from QSM's JSON services by POST (answered by the fake server), the
 * history a layer of DHTMLX grids filled after it opens, countdowns beside the grid rows and the
 * popup listing the pushes read from them, the grid's fixed layout kept; the panel's page report, which
 * holds no page data; and a partly read form that lists what it did not check
 * and offers the page report; the popup's page report, asked of the QSM tab used last when the popup
 * is a tab of its own (also of a page where the loader found no work); the order upload in its own window, where the converter puts the template
 * into the window's field and the buyers it uploads reach the form; the goods picked in a grid dialog,
 * read from the form's grid as the rows left ticked; "Open QSM" in the popup going to the push page
 * last seen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Driver, launchDriver, type Tab } from '../driver';
import { storedAt, tabAddresses } from './extension';
import { panel } from './form';

const F = '#ctl00_ContentPlaceHolder1_';
let browser: Driver;

beforeAll(async () => {
  browser = await launchDriver({ locale: 'en-US', timezoneId: 'Asia/Tokyo' });
  // The coupons, goods and history come from QSM's JSON services by POST, answered by the fake server.
  browser.setServerData({ serviceDelay: 300 });
});
afterAll(async () => browser?.close());

describe('the real portal’s structures', () => {
  it('reads the form inside the portal’s iframe, its coupons arriving from the service later', async () => {
    const tab = await browser.openFixture('portal.en');
    const frame = await tab.frame('coupon-push-real.en', `${F}ddlCoupon`);
    await expect.poll(() => frame.count('[data-qpp="panel"]')).toBe(1);
    expect(await tab.count('[data-qpp="panel"]')).toBe(0);
    await expect.poll(() => frame.count(`${F}ddlCoupon option`)).toBe(5);
    // They came by the portal's JSON service, a real round trip, not from the page itself.
    expect(browser.serviceCalls).toContain('GetShopCouponList');
    await frame.select(`${F}ddlCoupon`, '1207399');
    await expect.poll(() => frame.count(panel('[data-finding="coupon-qstore-only"]'))).toBe(1);
    await tab.close();
  });

  it('counts down beside the grid history’s rows in the portal’s frame; the popup lists those pushes', async () => {
    const tab = await browser.openFixture('portal.en');
    const frame = await tab.frame('coupon-push-real.en', `${F}btnHistory`);
    await expect.poll(() => frame.count('[data-qpp="panel"]')).toBe(1);
    await frame.click(`${F}btnHistory`);
    const countdowns = '#__grid_CancelList .objbox [data-qpp="countdown"]';
    await expect.poll(() => frame.count(countdowns)).toBe(5);
    expect(browser.serviceCalls).toContain('GetCouponPushHistory');
    expect(await frame.attrs(countdowns, 'data-state')).toEqual([
      'cancellable',
      'closed',
      'closed',
      'closed',
      'closed',
    ]);
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
    // The grid's fixed layout holds: head and body columns alike, rows one line high (20 px and a border).
    expect(layout.bodyWidths).toEqual(layout.headWidths);
    expect(layout.tableWidths[1]).toBe(layout.tableWidths[0]);
    for (const height of layout.heights) expect(height).toBeLessThanOrEqual(22);
    expect(layout.inside).toBe(true);
    const popup = await browser.openExtensionPage('popup.html');
    await expect.poll(() => popup.count('[data-qpp="push"]')).toBe(2);
    const text = (await popup.text('[data-qpp="pending-pushes"]')) ?? '';
    expect(text).toContain('1207384');
    expect(text).toContain('1207391');
    await popup.close();
    await tab.close();
  });

  it('opens the push page last seen from the popup, by its address without the query', async () => {
    const seen = await browser.openFixture('coupon-push-real.en');
    await expect.poll(() => seen.count('[data-qpp="panel"]')).toBe(1);
    await seen.close();
    const popup = await browser.openExtensionPage('popup.html');
    const address = 'https://qsm.qoo10.jp/GMKT.INC.Gsm.Web/coupon-push-real.en.aspx';
    await expect.poll(() => storedAt(popup, 'ui.pushPage')).toBe(address);
    expect(await tabAddresses(popup)).not.toContain(address);
    // The popup closes itself once the tab is opened: another extension page, opened before (a tab
    // opened while the popup closes can race its closing in Firefox), looks at the tabs.
    const probe = await browser.openExtensionPage('options.html');
    await popup.click('[data-qpp="open-qsm"]');
    await expect.poll(() => tabAddresses(probe)).toContain(address);
    await probe.close();
  });

  it('offers the converter in the upload window, puts the template into its field, and the buyers reach the form', async () => {
    const tab = await browser.openFixture('coupon-push-real.en');
    await tab.click(`${F}rdoTypeComp`);
    // The push page itself holds no upload field: no converter there.
    await expect.poll(() => tab.count('[data-qpp="panel"]')).toBe(1);
    expect(await tab.count('[data-qpp="order-converter"]')).toBe(0);
    const upload = await tab.opened(() => tab.click(`${F}btnOrderUploadOpen`));
    expect(await upload.evaluate(() => document.title)).toBe('Qoo10 - QSM');
    await expect.poll(() => upload.count('[data-qpp="order-converter"]')).toBe(1);
    const converter = await upload.frame('/converter.html', '[data-order-paste]');
    await converter.fill('[data-order-paste]', '262749754\n262749886');
    await converter.click('[data-order-read]');
    await converter.waitFor('[data-order-summary]');
    await converter.click('[data-order-put]');
    await converter.waitFor('[data-order-put-done]');
    expect(
      await upload.evaluate(
        () => (document.getElementById('fileExcel') as HTMLInputElement).files?.[0]?.name,
      ),
    ).toMatch(/^orders-\d{8}\.xlsx$/);
    // "Upload File" closes its own window inside the click handler, so a driver click can outlive its
    // page and fail ("Target page ... has been closed"); press it from a task of the page's own.
    const closed = upload.closed();
    await upload.evaluate(() => {
      setTimeout(() => document.getElementById('btnUpload')?.click(), 0);
    });
    await closed;
    // The window handed the buyers to the form's grid; the panel reads them.
    await expect.poll(() => tab.count('#__grid_Buyers .objbox tr[idd]')).toBe(5);
    await tab.click('#__grid_Buyers .xhdr img');
    await expect.poll(() => tab.text(panel('[data-draft="recipients"]'))).toMatch(/5\D+5|5 of 5|5\/5/);
    await tab.close();
  });

  it('reads the goods picked in the grid dialog, and only the rows left ticked in the form’s grid', async () => {
    const tab = await browser.openFixture('coupon-push-real.en');
    await expect.poll(() => tab.count('[data-qpp="panel"]')).toBe(1);
    const items = panel('[data-draft="items"]');
    await expect.poll(() => tab.text(items)).toBe('top 4 items, chosen automatically');
    await tab.click(`${F}btnGoodsSelect`);
    const results = '#__grid_GoodsResult .objbox tr[idd]';
    await expect.poll(() => tab.count(results)).toBe(20);
    const nos = await tab.attrs(results, 'idd');
    // Four ticked in the dialog, the third of them unticked again before confirming.
    for (const i of [5, 0, 9, 3, 9]) await tab.click(`${results}[idd="${nos[i]}"] img`);
    await tab.click(`${F}btnGoodsConfirm`);
    const chosen = '#__grid_GoodsChosen .objbox tr[idd]';
    expect(await tab.attrs(chosen, 'idd')).toEqual([nos[5], nos[0], nos[3]]);
    await expect.poll(() => tab.text(items)).toBe('3 items chosen by hand');
    // Unticked in the form's grid: the rows stay drawn, the extension counts only the ticked ones.
    await tab.click(`${chosen}[idd="${nos[0]}"] img`);
    await expect.poll(() => tab.text(items)).toBe('2 items chosen by hand');
    expect(await tab.count(panel('[data-finding="items-manual-empty"]'))).toBe(0);
    for (const i of [5, 3]) await tab.click(`${chosen}[idd="${nos[i]}"] img`);
    // None left ticked: "no item selected" shows once the seller moves on to another field.
    await tab.click(`${F}rdoTypeAd`);
    await expect.poll(() => tab.count(panel('[data-finding="items-manual-empty"]'))).toBe(1);
    expect(await tab.count(chosen)).toBe(3);
    expect(await tab.value(`${F}hdnGoodsNos`)).toBe('');
    await tab.close();
  });

  it('lists the fields it could not read, offers the page report, and flags nothing for them', async () => {
    const tab = await browser.openFixture('coupon-push-real.en');
    await expect.poll(() => tab.count('[data-qpp="panel"]')).toBe(1);
    // QSM changes the banner row into something the adapter has never seen.
    await tab.evaluate((selector) => {
      const row = document.querySelector(selector);
      for (const input of Array.from(row?.querySelectorAll('input') ?? [])) input.remove();
    }, `${F}trBanner`);
    await expect.poll(() => tab.count(panel('[data-qpp="missing"]'))).toBe(1);
    expect(await tab.count(panel('[data-qpp="page-report"]'))).toBe(1);
    expect(await tab.count(panel('[data-finding^="banner-"]'))).toBe(0);
    await tab.close();
  });

  it('offers the page report in the panel, and it holds no coupon or shop data', async () => {
    const tab = await browser.openFixture('coupon-push-real.en');
    await expect.poll(() => tab.count(`${F}ddlCoupon option`)).toBe(5);
    await tab.select(`${F}ddlCoupon`, '1207384');
    await tab.click(panel('[data-qpp="page-report"]'));
    const link = panel('[data-qpp="page-report-download"]');
    await tab.waitFor(link);
    expect(await tab.attr(link, 'download')).toBe('qsm-page-report.json');
    const href = (await tab.attr(link, 'href')) ?? '';
    const json = await tab.evaluate(async (url) => (await fetch(url)).text(), href);
    const report = JSON.parse(json) as { frames: { url: string; adapter: { form: { found: boolean } } }[] };
    expect(report.frames[0]?.url).toBe('https://qsm.qoo10.jp/GMKT.INC.Gsm.Web/coupon-push-real.en.aspx');
    expect(report.frames[0]?.adapter.form.found).toBe(true);
    for (const value of ['1207384', 'Qoo10 サンプルショップ', '36212', '36,212'])
      expect(json).not.toContain(value);
    await tab.close();
  });
});

describe('the popup’s page report', () => {
  const offer = '[data-qpp="page-report-offer"]';
  const download = `${offer} [data-qpp="page-report-download"]`;

  /** Clicks the popup's page report button; the report it then offers, as the file's text and parsed. */
  async function askPopup(popup: Tab) {
    await popup.click(`${offer} [data-qpp="page-report"]`);
    await popup.waitFor(download);
    expect(await popup.attr(download, 'download')).toBe('qsm-page-report.json');
    expect(await popup.count(`${offer} [data-qpp="page-report-copy"]`)).toBe(1);
    expect(await popup.count(`${offer} [data-qpp="page-report-note"]`)).toBe(0);
    const json = await popup.evaluate(async (selector) => {
      const link = document.querySelector(selector) as HTMLAnchorElement;
      return (await fetch(link.href)).text();
    }, download);
    const report = JSON.parse(json) as {
      kind: string;
      frames: { url: string; adapter: { form: { found: boolean } } }[];
    };
    return { json, report };
  }

  it('reports on the QSM tab used last when the popup is a tab of its own; the report holds no page data', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    // No QSM tab open: the popup says what to do, and offers nothing to send.
    await popup.click(`${offer} [data-qpp="page-report"]`);
    await expect
      .poll(() => popup.text(`${offer} [data-qpp="page-report-note"]`))
      .toBe('Open the QSM page that does not work in a tab, then ask for its report here.');
    expect(await popup.count(download)).toBe(0);

    const qsm = await browser.openFixture('coupon-push-real.en');
    await expect.poll(() => qsm.count(`${F}ddlCoupon option[value]:not([value=""])`)).toBe(4);
    await qsm.select(`${F}ddlCoupon`, '1207384');
    await qsm.click(`${F}btnHistory`);
    await expect.poll(() => qsm.count('#__grid_CancelList .objbox tr[idd]')).toBe(5);
    // The page's data values, as the seller sees them: every coupon's number and name, the shop, its fans.
    const values = [
      ...(await qsm.attrs(`${F}ddlCoupon option:not([value=""])`, 'value')),
      ...(await qsm.texts(`${F}ddlCoupon option:not([value=""])`)),
      'Qoo10 サンプルショップ',
      '36212',
      '36,212',
    ].filter((value): value is string => Boolean(value));
    expect(values.length).toBeGreaterThan(5);

    const { json, report } = await askPopup(popup);
    expect(report.kind).toBe('qsm-push-pilot/page-report');
    expect(report.frames[0]?.url).toBe('https://qsm.qoo10.jp/GMKT.INC.Gsm.Web/coupon-push-real.en.aspx');
    expect(report.frames[0]?.adapter.form.found).toBe(true);
    for (const value of values) expect(json).not.toContain(value);
    await popup.click(`${offer} [data-qpp="page-report-copy"]`);
    await expect.poll(() => popup.text(`${offer} [data-qpp="page-report-note"]`)).toBe('Copied');
    await popup.close();
    await qsm.close();
  });

  it('asks a QSM page where the loader found no work, which loads its features to answer', async () => {
    const qsm = await browser.openFixture('other-page.zh');
    const popup = await browser.openExtensionPage('popup.html');
    const { json, report } = await askPopup(popup);
    expect(report.frames[0]?.url).toBe('https://qsm.qoo10.jp/GMKT.INC.Gsm.Web/other-page.zh.aspx');
    expect(report.frames[0]?.adapter.form.found).toBe(false);
    expect(json).not.toContain('1207384');
    await popup.close();
    await qsm.close();
  });
});
