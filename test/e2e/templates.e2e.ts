/**
 * Push templates end to end, in a seller's Chromium (English, Los Angeles): fill the form by hand,
 * save it as a template from the bar above the form, open a fresh form, fill it from the template,
 * and see QSM's own controls and the panel's draft follow; then rename it on the options page.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { field, fillValidAdPush, sendDay } from './form';
import { type Harness, launch } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await launch({ locale: 'en-US', timezoneId: 'America/Los_Angeles' });
  // A shop with no push applied yet, so the form's checks pass once it is filled.
  harness.setServerData({ history: [] });
});
afterAll(async () => harness?.close());

const bar = (page: Page) => page.locator('[data-qpp="templates"] [data-qpp="templates-bar"]');
const value = (page: Page, id: string) => page.$eval(field(id), (el) => (el as HTMLInputElement).value);
const checked = (page: Page, id: string) => page.$eval(field(id), (el) => (el as HTMLInputElement).checked);

describe('push templates', () => {
  it('saves a filled form as a template and fills a fresh form from it', async () => {
    const first = await harness.openFixture('coupon-push.en');
    await expect.poll(() => bar(first).count()).toBe(1);
    // The bar sits above the form in QSM's content column, edge to edge with the form's table.
    const edges = await first.evaluate(() => {
      const bar = document.querySelector('[data-qpp="templates"]');
      const table = document.querySelector('#ctl00_ContentPlaceHolder1_tblCouponPush');
      if (!bar || !table) return null;
      const [b, f] = [bar.getBoundingClientRect(), table.getBoundingClientRect()];
      const above = Boolean(bar.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING);
      return { above, left: Math.round(b.left - f.left), right: Math.round(b.right - f.right) };
    });
    expect(edges).toEqual({ above: true, left: 0, right: 0 });
    expect(await bar(first).textContent()).toContain(t('en', 'templates.none'));

    await fillValidAdPush(first);
    await first.selectOption(field('ddlGoodsTopN'), '8');
    await first.click(field('rdoRegPeriod'));
    await first.click(field('chkBanner'));
    await first.click(field('rdoLinkGoods'));
    const panelItems = first.locator('[data-qpp="panel"] [data-draft="items"]');
    await expect.poll(() => panelItems.textContent()).toBe(t('en', 'panel.items.auto', { n: 8 }));

    await bar(first).locator('[data-qpp="template-save"]').click();
    await bar(first).locator('input[name="templateName"]').fill('Weekly fans');
    await bar(first).locator('[data-qpp="template-save-confirm"]').click();
    await expect
      .poll(() => bar(first).locator('[data-qpp="template-notice"]').textContent())
      .toBe(t('en', 'templates.save.saved', { name: 'Weekly fans' }));
    expect(await bar(first).locator('[data-qpp="template-select"] option').allTextContents()).toEqual([
      'Weekly fans',
    ]);
    const period = [await value(first, 'txtRegFrom'), await value(first, 'txtRegTo')];
    await first.close();

    const fresh = await harness.openFixture('coupon-push.en');
    await expect.poll(() => bar(fresh).locator('[data-qpp="template-fill"]').count()).toBe(1);
    expect(await value(fresh, 'ddlCoupon')).toBe('');
    await bar(fresh).locator('[data-qpp="template-fill"]').click();

    await expect.poll(() => value(fresh, 'ddlCoupon')).toBe('1207384');
    expect(await checked(fresh, 'rdoTypeAd')).toBe(true);
    expect(await value(fresh, 'txtCouponNo')).toBe('1207384');
    expect(await value(fresh, 'ddlGoodsTopN')).toBe('8');
    expect(await checked(fresh, 'rdoRegPeriod')).toBe(true);
    expect([await value(fresh, 'txtRegFrom'), await value(fresh, 'txtRegTo')]).toEqual(period);
    expect(await value(fresh, 'txtSendDate')).toBe(sendDay(2));
    expect(await value(fresh, 'ddlSendTime')).toBe('15:00');
    expect(await checked(fresh, 'chkBanner')).toBe(true);
    expect(await checked(fresh, 'rdoLinkGoods')).toBe(true);
    expect(await bar(fresh).locator('[data-qpp="template-notice"]').textContent()).toContain(
      t('en', 'templates.filled', { name: 'Weekly fans', n: 7 }),
    );

    const panel = fresh.locator('[data-qpp="panel"]');
    await expect.poll(() => panel.locator('[data-draft="coupon"]').textContent()).toContain('1207384');
    expect(await panel.locator('[data-draft="items"]').textContent()).toBe(
      t('en', 'panel.items.auto', { n: 8 }),
    );
    const day = sendDay(2).replaceAll('/', '-');
    const sendAt = panel.locator('[data-draft="sendAt"]');
    expect((await sendAt.locator('[data-zone="jst"]').textContent())?.replaceAll('\u00a0', ' ')).toContain(
      `${day} 15:00`,
    );
    expect(await sendAt.locator('[data-zone="local"]').textContent()).toMatch(
      /Pacific (Standard|Daylight) Time/,
    );
    // The banner is on but no image was (or could be) saved: the panel counts it, neutrally, as
    // not filled in yet; 申请 would show the finding asking for one.
    await expect
      .poll(() => panel.locator('[data-qpp="status"]').textContent())
      .toBe(t('en', 'panel.pending', { n: 1 }));
    await fresh.click(field('btnApply'));
    await fresh.keyboard.press('Escape');
    await expect.poll(() => panel.locator('[data-finding="banner-missing"]').count()).toBe(1);
  });

  it('renames the template on the options page, and the bar in QSM follows', async () => {
    const qsm = await harness.openFixture('coupon-push.en');
    await expect.poll(() => bar(qsm).locator('[data-qpp="template-select"] option').count()).toBe(1);
    const options = await harness.openExtensionPage('options.html');
    const manager = options.locator('[data-qpp="templates-manager"]');
    await expect
      .poll(() => manager.locator('[data-qpp="template-name"]').allTextContents())
      .toEqual(['Weekly fans']);
    await manager.locator('[data-action="rename"]').click();
    await manager.locator('input[name="templateName"]').fill('Monday fans');
    await manager.locator('[data-action="rename-save"]').click();
    await expect
      .poll(() => manager.locator('[data-qpp="template-name"]').allTextContents())
      .toEqual(['Monday fans']);
    await manager.locator('[data-action="duplicate"]').click();
    await expect
      .poll(() => manager.locator('[data-qpp="template-name"]').allTextContents())
      .toEqual(['Monday fans', 'Monday fans (2)']);
    await expect
      .poll(() => bar(qsm).locator('[data-qpp="template-select"] option').allTextContents())
      .toEqual(['Monday fans', 'Monday fans (2)']);
  });
});
