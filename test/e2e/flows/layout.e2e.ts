/**
 * The extension stays out of QSM's way, in Chromium and Firefox: no control of QSM's page is under
 * extension UI at 1024×768 and 1280×900 (fresh, with errors, compensation with the converter open),
 * wherever the seller scrolls it; QSM's own dialogs and their dimmed backdrop are above all of ours.
 * And what the seller is told, and when: nothing is flagged before the seller acts, each finding is
 * said once (full beside its field, a short title in the panel that goes there).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Lang, t } from '../../../lib/i18n';
import { type Driver, launchDriver, type Tab } from '../driver';
import { chooseCoupon, chooseType, field, panel, sendDay, setSendAt, status } from './form';

const sizes = [
  { width: 1024, height: 768 },
  { width: 1280, height: 900 },
];

/**
 * Every visible control of QSM's own document whose centre is not the control itself, with the page
 * scrolled from top to bottom a third of the window at a time (so each control is looked at near the
 * top, the middle and the bottom of the window): `covered by <host>` when extension UI is on top of
 * it. One layout per scroll step, not per control, so the three languages × two sizes × three states
 * stay quick in Firefox too. A control never brought into the window is reported, not skipped.
 */
function coveredControls(tab: Tab): Promise<string[]> {
  return tab.evaluate(() => {
    const own = (node: Element | null) => Boolean(node?.closest('[data-qpp-host]'));
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.textContent?.trim() ? ` "${el.textContent.trim().slice(0, 20)}"` : ''}`;
    const controls = [...document.querySelectorAll('input, select, button, a, textarea')].filter(
      (el) => !own(el) && el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }),
    );
    const covered = new Set<string>();
    const seen = new Set<Element>();
    const root = document.documentElement;
    // The window without its scrollbars: a point on a scrollbar hits nothing.
    const width = root.clientWidth;
    const height = root.clientHeight;
    const lastY = Math.max(0, root.scrollHeight - height);
    const lastX = Math.max(0, root.scrollWidth - width);
    const step = Math.max(1, Math.floor(height / 3));
    for (let y = 0; ; y = Math.min(y + step, lastY)) {
      for (const x of lastX > 0 ? [0, lastX] : [0]) {
        window.scrollTo(x, y);
        for (const control of controls) {
          // An inline link may wrap: its first line box is what a seller clicks.
          const box = control.getClientRects()[0];
          if (!box || box.width < 1 || box.height < 1) continue;
          const cx = box.left + box.width / 2;
          const cy = box.top + box.height / 2;
          if (cx < 1 || cy < 1 || cx > width - 1 || cy > height - 1) continue;
          seen.add(control);
          const hit = document.elementFromPoint(cx, cy);
          if (hit === control || (hit && control.contains(hit))) continue;
          const label = control.id ? document.querySelector(`label[for="${control.id}"]`) : null;
          if (hit && hit === label) continue;
          const by = hit ? (own(hit) ? hit.getAttribute('data-qpp') : name(hit)) : 'nothing';
          covered.add(`${name(control)} covered by ${by}`);
        }
      }
      if (y >= lastY) break;
    }
    window.scrollTo(0, 0);
    const unseen = controls
      .filter((control) => !seen.has(control) && (control.getClientRects()[0]?.width ?? 0) >= 1)
      .map((control) => `${name(control)} never in the window`);
    return [...covered, ...unseen];
  });
}

/** The extension's hosts visible in the viewport whose centre hits something else (QSM's dialog or dim). */
function hostsOnTop(tab: Tab): Promise<string[]> {
  return tab.evaluate(() =>
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

const states: [string, (tab: Tab) => Promise<void>][] = [
  ['fresh', async () => undefined],
  [
    'with errors',
    async (tab) => {
      await chooseType(tab, 'ad');
      await chooseCoupon(tab, '1207399'); // Qstore-only
      await setSendAt(tab, sendDay(5), '15:00'); // outside D+1..D+3
      await tab.click(field('chkBanner'));
      // 申请 shows every error beside its field; "Go back" leaves them there.
      await tab.click(field('btnApply'));
      await tab.click('[data-qpp="apply-guard"] >>> [data-qpp="guard-fix"]');
      await expect.poll(() => tab.count('[data-qpp^="findings-"] >>> [data-finding]')).toBeGreaterThan(2);
    },
  ],
  [
    'compensation with the converter open',
    async (tab) => {
      await chooseType(tab, 'compensation');
      await tab.frame('/converter.html', '[data-qpp="order-converter-page"]');
    },
  ],
];

describe.each<[Lang, string]>([
  ['zh', 'zh-CN'],
  ['ja', 'ja-JP'],
  ['en', 'en-US'],
])('the extension stays out of QSM’s way (%s)', (lang, locale) => {
  let browser: Driver;
  beforeAll(async () => {
    browser = await launchDriver({ locale, timezoneId: 'Asia/Shanghai' });
    browser.setServerData({ history: [] });
  });
  afterAll(async () => browser?.close());

  for (const size of sizes) {
    it.each(states)(`covers no QSM control at ${size.width}×${size.height}: %s`, async (_state, reach) => {
      const tab = await browser.openFixture(`coupon-push.${lang}`);
      await tab.setViewport(size);
      await expect.poll(() => tab.evaluate(() => innerWidth)).toBe(size.width);
      await tab.waitFor(status);
      await reach(tab);
      expect(await coveredControls(tab)).toEqual([]);
      await tab.close();
    });
  }

  it('keeps everything of its own below QSM’s goods picker, upload dialog, history and their backdrop', async () => {
    const tab = await browser.openFixture(`coupon-push.${lang}`);
    await tab.setViewport({ width: 1024, height: 768 });
    await tab.waitFor(status);
    expect(await hostsOnTop(tab)).toContain('panel');

    for (const [open, layer] of [
      ['btnGoodsSelect', 'divGoodsLayer'],
      ['btnHistory', 'divHistoryLayer'],
    ] as const) {
      await tab.click(field(open));
      await tab.waitFor(field(layer));
      await tab.evaluate(() => window.scrollTo(0, 0));
      expect(await hostsOnTop(tab), `${layer} open`).toEqual([]);
      await tab.reload();
      await tab.waitFor(status);
    }

    await chooseType(tab, 'compensation');
    await tab.click(field('btnOrderUploadOpen'));
    await tab.waitFor(field('divUploadLayer'));
    await tab.evaluate(() => window.scrollTo(0, 0));
    expect(await hostsOnTop(tab), 'upload dialog open').toEqual([]);
    await tab.close();
  });

  it('does not shout before the seller acts, and shows every error once 申请 is pressed', async () => {
    const tab = await browser.openFixture(`coupon-push.${lang}`);
    // A fresh form: no coupon yet is "not filled in yet", said neutrally, and nothing is red.
    await expect.poll(() => tab.text(status)).toBe(t(lang, 'panel.pending', { n: 1 }));
    expect(await tab.count('[data-qpp-host] >>> [data-finding]')).toBe(0);

    // Choosing goods by hand and opening the picker is not yet "no item".
    await tab.click(field('rdoGoodsManual'));
    await tab.click(field('btnGoodsSelect'));
    await expect.poll(() => tab.visible(field('divGoodsLayer'))).toBe(true);
    expect(await tab.count('[data-qpp-host] >>> [data-finding="items-manual-empty"]')).toBe(0);
    await tab.click(field('btnGoodsClose'));

    // A wrong value shows as soon as the seller picks it; the empty goods once they move on.
    await chooseCoupon(tab, '1207399');
    await expect.poll(() => tab.count(panel('[data-finding="coupon-qstore-only"]'))).toBe(1);
    await expect.poll(() => tab.count(panel('[data-finding="items-manual-empty"]'))).toBe(1);
    await tab.close();

    // 申请 on a fresh form: the guard still holds it, and now every error shows.
    const fresh = await browser.openFixture(`coupon-push.${lang}`);
    await fresh.waitFor(status);
    await fresh.click(field('btnApply'));
    await expect
      .poll(() => fresh.count('[data-qpp="apply-guard"] >>> [data-finding="coupon-missing"]'))
      .toBe(1);
    await fresh.press('Escape');
    await expect
      .poll(() => fresh.count('[data-qpp^="findings-"] >>> [data-finding="coupon-missing"]'))
      .toBe(1);
    expect(await fresh.text(status)).toBe(t(lang, 'panel.errors', { n: 1 }));
    await fresh.close();
  });

  it('says each finding once: the sentence beside the field, a short title in the panel that goes there', async () => {
    const tab = await browser.openFixture(`coupon-push.${lang}`);
    await chooseCoupon(tab, '1207399');
    const title = panel('[data-finding="coupon-qstore-only"]');
    await expect.poll(() => tab.text(title)).toBe(t(lang, 'finding.coupon-qstore-only.title'));
    const fix = t(lang, 'finding.coupon-qstore-only.fix');
    expect(await tab.text('[data-qpp="findings-coupon"] >>> [data-finding="coupon-qstore-only"]')).toContain(
      fix,
    );
    // The panel's own text, inside its shadow root (the host's textContent would be empty).
    const panelText = await tab.evaluate(
      () => document.querySelector('[data-qpp="panel"]')?.shadowRoot?.textContent,
    );
    expect(panelText).toContain(t(lang, 'finding.coupon-qstore-only.title'));
    expect(panelText).not.toContain(fix);

    await tab.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await tab.click(`${title} button`);
    await expect
      .poll(() => tab.evaluate(() => document.activeElement?.id))
      .toBe('ctl00_ContentPlaceHolder1_ddlCoupon');
    await tab.close();
  });
});
