/**
 * Assistive technology, in Chromium and Firefox, on the extension's UI in QSM's page: findings tied to
 * their fields; axe-core's 0 serious or critical violations in our hosts (their shadow roots included),
 * fresh, with the guard open, with errors, with the preview open, for compensation and on the history.
 * And the WAI-ARIA dialog pattern by keyboard, in both browsers: the apply guard and the preview
 * (native modal <dialog>) take the focus, keep Tab inside, close on Escape, give the focus back.
 * The extension pages' axe checks are a11y-pages.e2e.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Driver, launchDriver, type Tab } from '../driver';
import { axeOnHosts } from './axe';
import { chooseCoupon, chooseType, field, sendDay, setSendAt, status } from './form';

/** What has the focus, through our shadow roots: `<host data-qpp> > <data-qpp of the element or its tag>`. */
const focused = (tab: Tab) =>
  tab.evaluate(() => {
    const active = document.activeElement;
    const inner = active?.shadowRoot?.activeElement;
    if (!inner) return active?.id || active?.tagName.toLowerCase() || '';
    const name =
      inner.getAttribute('data-qpp') ?? inner.getAttribute('data-preview') ?? inner.tagName.toLowerCase();
    return `${active.getAttribute('data-qpp')} > ${name}`;
  });

/** Focuses an element of the page, or one inside a host's shadow root (`host >>> inner`). */
const focus = (tab: Tab, selector: string) =>
  tab.evaluate((path) => {
    const [outer = '', inner] = path.split(/\s*>>>\s*/);
    const host = document.querySelector(outer);
    const target = inner ? host?.shadowRoot?.querySelector(inner) : host;
    if (!(target instanceof HTMLElement)) throw new Error(`nothing to focus at ${path}`);
    target.focus();
  }, selector);

describe('assistive technology on the extension’s UI in QSM’s page (Chinese browser)', () => {
  let browser: Driver;
  beforeAll(async () => {
    browser = await launchDriver({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    browser.setServerData({ history: [] });
  });
  afterAll(async () => browser?.close());

  // What a finding is tied to, and what axe checks, are one thing on both fixtures' pages.
  it.each(['zh', 'en'])(
    'ties a finding to its field (%s), and gives QSM its own attribute values back',
    async (lang) => {
      const tab = await browser.openFixture(`coupon-push.${lang}`);
      const coupon = field('ddlCoupon');
      await tab.waitFor(status);
      await tab.evaluate(
        (selector) => document.querySelector(selector)?.setAttribute('aria-describedby', 'qsm-own-hint'),
        coupon,
      );
      await chooseCoupon(tab, '1207399'); // Qstore-only
      await expect.poll(() => tab.attr(coupon, 'aria-invalid')).toBe('true');
      const describedBy = (await tab.attr(coupon, 'aria-describedby'))?.split(' ') ?? [];
      expect(describedBy[0]).toBe('qsm-own-hint');
      const [, ours] = describedBy;
      // The description is the finding's sentence, read through our host's shadow root.
      expect(
        await tab.evaluate((id) => document.getElementById(id ?? '')?.getAttribute('data-qpp'), ours),
      ).toBe('findings-coupon');

      await chooseCoupon(tab, '1207384');
      await expect.poll(() => tab.attr(coupon, 'aria-invalid')).toBeNull();
      expect(await tab.attr(coupon, 'aria-describedby')).toBe('qsm-own-hint');
      // The panel's status is a polite live region.
      expect(await tab.attr(status, 'role')).toBe('status');
      await tab.close();
    },
  );

  it.each(['zh', 'en'])(
    'finds no serious or critical violation (%s): fresh, guard open, with errors, preview open, compensation, history',
    async (lang) => {
      const tab = await browser.openFixture(`coupon-push.${lang}`);
      await tab.waitFor(status);
      expect(await axeOnHosts(tab), 'fresh').toEqual([]);
      await chooseCoupon(tab, '1207399');
      await setSendAt(tab, sendDay(5), '15:00');
      await tab.click(field('btnApply'));
      await tab.waitFor('[data-qpp="apply-guard"] >>> dialog');
      expect(await axeOnHosts(tab), 'guard open').toEqual([]);
      await tab.press('Escape');
      await expect.poll(() => tab.count('[data-qpp="apply-guard"] >>> dialog')).toBe(0);
      expect(await axeOnHosts(tab), 'with errors').toEqual([]);

      await tab.click('[data-qpp="preview-button"] >>> button');
      await tab.waitFor('[data-qpp="preview"] >>> dialog');
      expect(await axeOnHosts(tab), 'preview open').toEqual([]);
      await tab.press('Escape');
      await expect.poll(() => tab.count('[data-qpp="preview"]')).toBe(0);

      await chooseType(tab, 'compensation');
      await tab.frame('/converter.html', '[data-qpp="order-converter-page"]');
      expect(await axeOnHosts(tab), 'compensation').toEqual([]);
      await tab.close();

      browser.setServerData({}); // the fixture's sample history
      const history = await browser.openFixture(`coupon-push.${lang}`);
      browser.setServerData({ history: [] });
      await history.click(field('btnHistory'));
      await expect.poll(() => history.count('[data-qpp="countdown"]')).toBeGreaterThan(0);
      expect(await axeOnHosts(history), 'history with countdowns').toEqual([]);
      await history.close();
    },
  );

  // The focus does not depend on the UI's language, but the two fixtures are two pages: both.
  it.each(['zh', 'en'])(
    'the apply guard (%s): opened from 申请 by keyboard, keeps the focus inside, closes on Escape, back on 申请',
    async (lang) => {
      const tab = await browser.openFixture(`coupon-push.${lang}`);
      await tab.waitFor(status);
      await focus(tab, field('btnApply'));
      await tab.press('Enter');
      await expect.poll(() => focused(tab)).toBe('apply-guard > guard-fix');
      for (let i = 0; i < 5; i++) {
        await tab.press('Tab');
        await expect.poll(() => focused(tab)).toMatch(/^apply-guard > /);
      }
      await tab.press('Escape');
      await expect.poll(() => tab.count('[data-qpp="apply-guard"] >>> dialog')).toBe(0);
      await expect.poll(() => focused(tab)).toBe('ctl00_ContentPlaceHolder1_btnApply');
      expect(browser.submissions.length).toBe(0);
      await tab.close();
    },
  );

  it.each(['zh', 'en'])(
    'the preview (%s): opened by keyboard, keeps the focus inside, closes on Escape, back on its button',
    async (lang) => {
      const tab = await browser.openFixture(`coupon-push.${lang}`);
      await tab.waitFor('[data-qpp="preview-button"] >>> button');
      await focus(tab, '[data-qpp="preview-button"] >>> button');
      await tab.press('Enter');
      await expect.poll(() => focused(tab)).toBe('preview > close');
      for (let i = 0; i < 8; i++) {
        await tab.press('Tab');
        await expect.poll(() => focused(tab)).toMatch(/^preview > /);
      }
      await tab.press('Escape');
      await expect.poll(() => tab.count('[data-qpp="preview"]')).toBe(0);
      await expect.poll(() => focused(tab)).toBe('preview-button > button');
      await tab.close();
    },
  );
});
