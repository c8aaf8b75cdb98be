/**
 * The apply guard on every way a push leaves, judged on what the form holds at that moment: a send
 * date a page script wrote with no event (as a calendar widget does), and a form QSM replaced with a
 * partial postback (an UpdatePanel), found and guarded again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../../lib/i18n';
import { type Driver, launchDriver } from '../driver';
import { field, fillValidAdPush, panel, sendDay, status } from './form';

const guard = (inside: string) => `[data-qpp="apply-guard"] >>> ${inside}`;
const coverage = '[data-qpp="coverage"]';

describe('the apply guard on every way a push leaves (ja)', () => {
  let browser: Driver;
  beforeAll(async () => {
    browser = await launchDriver({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    browser.setServerData({ history: [] });
  });
  afterAll(async () => browser?.close());

  it('judges 申請 on a send date a page script wrote without any event', async () => {
    const before = browser.submissions.length;
    const tab = await browser.openFixture('coupon-push.ja');
    await fillValidAdPush(tab);
    await expect.poll(() => tab.text(status)).toBe(t('ja', 'panel.ready'));
    // One task: the script writes the date (no input, no change) and 申請 is pressed at once.
    await tab.evaluate(
      ({ date, apply, input }) => {
        (document.querySelector(input) as HTMLInputElement).value = date;
        (document.querySelector(apply) as HTMLElement).click();
      },
      { date: sendDay(6), apply: field('btnApply'), input: field('txtSendDate') },
    );
    await expect.poll(() => tab.count(guard('[data-finding="send-date-out-of-window"]'))).toBe(1);
    expect(browser.submissions.length).toBe(before);
    await tab.close();
  });

  it('finds and guards the form again after QSM replaces it with a partial postback', async () => {
    const before = browser.submissions.length;
    const tab = await browser.openFixture('coupon-push.ja');
    await expect.poll(() => tab.attr(coverage, 'data-guard')).toBe('on');
    // An UpdatePanel's answer: the form's markup again, from the server (none of the extension's nodes).
    await tab.evaluate((apply) => {
      const area = (document.querySelector(apply) as HTMLElement).closest('div.btn_area')?.parentElement;
      if (!area) throw new Error('no form container');
      const fresh = area.cloneNode(true) as HTMLElement;
      for (const own of Array.from(fresh.querySelectorAll('[data-qpp-host]'))) own.remove();
      area.replaceWith(fresh);
    }, field('btnApply'));
    await expect.poll(() => tab.count(panel())).toBe(1);
    await expect.poll(() => tab.attr(coverage, 'data-guard')).toBe('on');
    // The replaced form has no coupon chosen: 申請 is held back with what is missing.
    await tab.click(field('btnApply'));
    await expect.poll(() => tab.count(guard('[data-finding="coupon-missing"]'))).toBe(1);
    expect(browser.submissions.length).toBe(before);
    await tab.close();
  });
});
