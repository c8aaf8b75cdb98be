/**
 * The extension stays out of QSM's way: no control of QSM's page is under extension UI, at
 * 1024×768 and 1280×900, fresh, with errors, and on the compensation form with the converter open;
 * QSM's own dialogs and their dimmed backdrop are above everything of ours.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Lang, t } from '../../lib/i18n';
import { chooseCoupon, chooseType, field, sendDay, setSendAt } from './form';
import { type Harness, launch } from './harness';

const sizes = [
  { width: 1024, height: 768 },
  { width: 1280, height: 900 },
];

/**
 * Every visible control of QSM's own document whose centre, scrolled to the top, middle or bottom of
 * the window, is not the control itself: `covered by <host>` when extension UI is on top of it.
 */
function coveredControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const own = (node: Element | null) => Boolean(node?.closest('[data-qpp-host]'));
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.textContent?.trim() ? ` "${el.textContent.trim().slice(0, 20)}"` : ''}`;
    const controls = [...document.querySelectorAll('input, select, button, a, textarea')].filter(
      (el) => !own(el) && el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }),
    );
    const covered: string[] = [];
    for (const control of controls) {
      // Wherever the seller scrolls it to: the top, the middle or the bottom of the window.
      for (const block of ['start', 'center', 'end'] as const) {
        control.scrollIntoView({ block, inline: 'center' });
        // An inline link may wrap: its first line box is what a seller clicks.
        const box = control.getClientRects()[0];
        if (!box || box.width < 1 || box.height < 1) break;
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        if (hit === control || (hit && control.contains(hit))) continue;
        const label = control.id ? document.querySelector(`label[for="${control.id}"]`) : null;
        if (hit && hit === label) continue;
        const by = hit ? (own(hit) ? hit.getAttribute('data-qpp') : name(hit)) : 'nothing';
        covered.push(`${name(control)} (${block}) covered by ${by}`);
      }
    }
    window.scrollTo(0, 0);
    return covered;
  });
}

/** The extension's hosts visible in the viewport whose centre hits something else (QSM's dialog or dim). */
function hostsOnTop(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-qpp-host]')]
      .filter((host) => {
        const box = host.getBoundingClientRect();
        const x = box.left + box.width / 2;
        const y = box.top + box.height / 2;
        if (box.width < 1 || box.height < 1 || y < 0 || y > innerHeight || x < 0 || x > innerWidth)
          return false;
        return document.elementFromPoint(x, y)?.closest('[data-qpp-host]') === host;
      })
      .map((host) => host.getAttribute('data-qpp') ?? '?'),
  );
}

const states: [string, (page: Page) => Promise<void>][] = [
  ['fresh', async () => undefined],
  [
    'with errors',
    async (page) => {
      await chooseType(page, 'ad');
      await chooseCoupon(page, '1207399'); // Qstore-only
      await setSendAt(page, sendDay(5), '15:00'); // outside D+1..D+3
      await page.check(field('chkBanner'));
      // 申请 shows every error beside its field; "Go back" leaves them there.
      await page.click(field('btnApply'));
      await page.locator('[data-qpp="guard-fix"]').click();
      await expect
        .poll(() => page.locator('[data-qpp^="findings-"] [data-finding]').count())
        .toBeGreaterThan(2);
    },
  ],
  [
    'compensation with the converter open',
    async (page) => {
      await chooseType(page, 'compensation');
      const frame = page.frameLocator('[data-qpp="order-converter"] iframe');
      await expect.poll(() => frame.locator('[data-qpp="order-converter-page"]').count()).toBe(1);
    },
  ],
];

describe.each<[Lang, string]>([
  ['zh', 'zh-CN'],
  ['ja', 'ja-JP'],
  ['en', 'en-US'],
])('the extension stays out of QSM’s way (%s)', (lang, locale) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launch({ locale, timezoneId: 'Asia/Shanghai' });
    harness.setServerData({ history: [] });
  });
  afterAll(async () => harness?.close());

  for (const size of sizes) {
    it.each(states)(`covers no QSM control at ${size.width}×${size.height}: %s`, async (_state, reach) => {
      const page = await harness.context.newPage();
      await page.setViewportSize(size);
      await harness.openFixture(`coupon-push.${lang}`, page);
      await page.locator('[data-qpp="panel"] [data-qpp="status"]').waitFor();
      await reach(page);
      expect(await coveredControls(page)).toEqual([]);
      await page.close();
    });
  }

  it('keeps everything of its own below QSM’s goods picker, upload dialog, history and their backdrop', async () => {
    const page = await harness.context.newPage();
    await page.setViewportSize(sizes[0] ?? { width: 1024, height: 768 });
    await harness.openFixture(`coupon-push.${lang}`, page);
    await page.locator('[data-qpp="panel"] [data-qpp="status"]').waitFor();
    expect(await hostsOnTop(page)).toContain('panel');

    const dialogs: [string, string, string][] = [
      ['btnGoodsSelect', 'divGoodsLayer', 'btnGoodsClose'],
      ['btnHistory', 'divHistoryLayer', 'btnHistoryClose'],
    ];
    for (const [open, layer] of dialogs) {
      await page.click(field(open));
      await page.locator(field(layer)).waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      expect(await hostsOnTop(page), `${layer} open`).toEqual([]);
      await page.reload();
      await page.locator('[data-qpp="panel"] [data-qpp="status"]').waitFor();
    }

    await chooseType(page, 'compensation');
    await page.click(field('btnOrderUploadOpen'));
    await page.locator(field('divUploadLayer')).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await hostsOnTop(page), 'upload dialog open').toEqual([]);
    await page.close();
  });

  it('does not shout before the seller acts, and shows every error once 申请 is pressed', async () => {
    const page = await harness.openFixture(`coupon-push.${lang}`);
    const status = page.locator('[data-qpp="panel"] [data-qpp="status"]');
    // A fresh form: no coupon yet is "not filled in yet", said neutrally, and nothing is red.
    await expect.poll(() => status.textContent()).toBe(t(lang, 'panel.pending', { n: 1 }));
    expect(await page.locator('[data-finding]').count()).toBe(0);

    // Choosing goods by hand and opening the picker is not yet "no item".
    await page.click(field('rdoGoodsManual'));
    await page.click(field('btnGoodsSelect'));
    await page.locator(field('divGoodsLayer')).waitFor();
    expect(await page.locator('[data-finding="items-manual-empty"]').count()).toBe(0);
    await page.click(field('btnGoodsClose'));

    // A wrong value shows as soon as the seller picks it; the empty goods once they move on.
    await chooseCoupon(page, '1207399');
    await expect
      .poll(() => page.locator('[data-qpp="panel"] [data-finding="coupon-qstore-only"]').count())
      .toBe(1);
    await expect
      .poll(() => page.locator('[data-qpp="panel"] [data-finding="items-manual-empty"]').count())
      .toBe(1);

    // 申请 on a fresh form: the guard still holds it, and now every error shows.
    const fresh = await harness.openFixture(`coupon-push.${lang}`);
    await fresh.locator('[data-qpp="panel"] [data-qpp="status"]').waitFor();
    await fresh.click(field('btnApply'));
    await expect
      .poll(() => fresh.locator('[data-qpp="apply-guard"] [data-finding="coupon-missing"]').count())
      .toBe(1);
    await fresh.keyboard.press('Escape');
    await expect
      .poll(() => fresh.locator('[data-qpp^="findings-"] [data-finding="coupon-missing"]').count())
      .toBe(1);
    expect(await fresh.locator('[data-qpp="panel"] [data-qpp="status"]').textContent()).toBe(
      t(lang, 'panel.errors', { n: 1 }),
    );
  });

  it('says each finding once: the sentence beside the field, a short title in the panel that goes there', async () => {
    const page = await harness.openFixture(`coupon-push.${lang}`);
    await chooseCoupon(page, '1207399');
    const title = page.locator('[data-qpp="panel"] [data-finding="coupon-qstore-only"]');
    await expect.poll(() => title.textContent()).toBe(t(lang, 'finding.coupon-qstore-only.title'));
    const beside = page.locator('[data-qpp="findings-coupon"] [data-finding="coupon-qstore-only"]');
    expect(await beside.textContent()).toContain(t(lang, 'finding.coupon-qstore-only.fix'));
    expect(await page.locator('[data-qpp="panel"]').textContent()).not.toContain(
      t(lang, 'finding.coupon-qstore-only.fix'),
    );

    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await title.locator('button').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ctl00_ContentPlaceHolder1_ddlCoupon');
  });
});
