/**
 * The apply guard whatever QSM calls its controls and whatever they are (issue 19), in Chromium and
 * Firefox: on push forms rewritten with made-up words, image buttons, __doPostBack links and other
 * plausible words (test/fixtures/qsm/variants.mjs, served as `<fixture>~<variant>`), a form in error
 * either is held back by the guard, or the panel's coverage says the guard is off. A page that posts
 * while the coverage said on, or said nothing, is the protection failing quietly. And on a QSM page
 * that is not the push form (shop coupon registration) the extension shows nothing and its 登録する
 * posts untouched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Driver, launchDriver, type Tab } from '../driver';
import { chooseCoupon, chooseType, field, panel, sendDay, setSendAt } from './form';

/** A representative few (every variant of every page is read in test/unit/qsm/wording.test.ts). */
const variants: [string, string][] = [
  ['coupon-push.ja', 'random'],
  ['coupon-push.ja', 'image'],
  ['coupon-push.ja', 'links'],
  ['coupon-push.ja', 'alt-ja-2'],
  ['coupon-push.en', 'random'],
  ['coupon-push.ko', 'alt-ko-1'],
  ['coupon-push-real.zh', 'random'],
];

/** The panel's light-DOM statement of what the extension could read and guard on this page. */
const COVERAGE = '[data-qpp="coverage"]';
const APPLY = '[data-fixture="apply"]';
const GUARD_FIX = '[data-qpp="apply-guard"] >>> [data-qpp="guard-fix"]';

/** Waits, a while at most, for `selector` to appear; says whether it did. */
async function appears(tab: Tab, selector: string, timeout: number): Promise<boolean> {
  try {
    await expect.poll(() => tab.count(selector), { timeout }).toBeGreaterThan(0);
    return true;
  } catch {
    return false;
  }
}

/** Waits for the extension to start on the page: the panel, and its coverage. */
async function started(tab: Tab): Promise<void> {
  // The coverage comes with the panel; a page the extension did not take for the form has neither.
  if (await appears(tab, panel(), 15_000)) await appears(tab, COVERAGE, 5_000);
}

/** What the coverage says of the guard (`on`, `off`), or null when there is none. */
const coverage = (tab: Tab): Promise<string | null> => tab.attr(COVERAGE, 'data-guard');

/** A send date outside D+1..D+3 (an error), everything else as the page's own check wants it. */
async function fillInError(tab: Tab): Promise<void> {
  await chooseType(tab, 'ad');
  // The real-structure page's coupons come from a service after load.
  await expect.poll(() => tab.count(`${field('ddlCoupon')} option[value="1207384"]`)).toBe(1);
  await chooseCoupon(tab, '1207384');
  await setSendAt(tab, sendDay(5), '15:00');
}

type Outcome = 'guarded' | 'posted';

describe('the apply guard on push forms worded and built otherwise', () => {
  let browser: Driver;
  beforeAll(async () => {
    browser = await launchDriver({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    browser.setServerData({ history: [] });
  });
  afterAll(async () => browser?.close());

  const posted = () => browser.submissions.length;

  /** Activates apply as `activate` does, and waits for the guard to show or the page to post. */
  async function applyOnce(tab: Tab, guard: string | null, activate: () => Promise<void>): Promise<Outcome> {
    const before = posted();
    await activate();
    let outcome: Outcome | undefined;
    await expect
      .poll(
        async () => {
          if (posted() > before) outcome = 'posted';
          else if ((await tab.count(GUARD_FIX)) > 0 && (await tab.visible(GUARD_FIX))) outcome = 'guarded';
          return outcome;
        },
        { timeout: 15_000, message: 'applying neither showed the guard nor posted' },
      )
      .toBeDefined();
    if (outcome === 'posted') {
      expect(guard, 'the form in error was posted, so the coverage must have said the guard is off').toBe(
        'off',
      );
    } else {
      // Held back: nothing is posted behind the guard's back.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(posted(), 'posted while the guard showed').toBe(before);
    }
    return outcome as Outcome;
  }

  it.each(variants)(
    '%s as %s: a form in error is held back, or the coverage says the guard is off',
    async (name, variant) => {
      const tab = await browser.openFixture(`${name}~${variant}`);
      await started(tab);
      await fillInError(tab);
      const guard = await coverage(tab);
      const clicked = await applyOnce(tab, guard, () => tab.click(APPLY));
      if (clicked === 'guarded' && variant === 'links') {
        // A link is also followed by keyboard: Enter on the focused link meets the same guard.
        await tab.click(GUARD_FIX);
        await expect.poll(() => tab.visible(GUARD_FIX)).toBe(false);
        await tab.evaluate((selector) => (document.querySelector(selector) as HTMLElement).focus(), APPLY);
        await applyOnce(tab, guard, () => tab.press('Enter'));
      }
      await tab.close();
    },
  );

  it('leaves a shop coupon registration alone: nothing shown, and 登録する posts untouched', async () => {
    const tab = await browser.openFixture('corpus/shop-coupon-register.ja');
    // Nothing to wait for on a page the extension leaves alone: give it the time it takes elsewhere.
    expect(await appears(tab, panel(), 8_000), 'a panel').toBe(false);
    expect(await tab.count('[data-qpp="templates"]'), 'a template bar').toBe(0);
    expect(await tab.count('[data-qpp^="findings-"] >>> [data-finding]'), 'findings').toBe(0);
    expect(await tab.count('[data-qpp="apply-guard"] >>> [data-finding]'), 'a guard').toBe(0);
    const form = await tab.evaluate(() => {
      const entries = new FormData(document.getElementById('aspnetForm') as HTMLFormElement);
      return [...entries].map(([name, value]) => [name, typeof value === 'string' ? value : value.name]);
    });
    const before = posted();
    await tab.click(field('lnkRegist'));
    await expect.poll(posted).toBe(before + 1);
    const sent = new Map(browser.submissions.at(-1)?.fields ?? []);
    expect(sent.get('__EVENTTARGET')).toBe('ctl00$ContentPlaceHolder1$lnkRegist');
    for (const [name, value] of form) {
      if (name === '__EVENTTARGET' || name === '__EVENTARGUMENT') continue;
      expect([name, sent.get(name as string)]).toEqual([name, value]);
    }
  });
});
