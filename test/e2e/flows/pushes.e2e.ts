/**
 * Pending pushes end to end (English browser, seller in Los Angeles): the seller opens 申请记录 once;
 * the cancel tab gets countdowns, the popup lists the pushes and the week's quota, the background sets
 * the badge and the reminder alarms.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Driver, launchDriver } from '../driver';
import { countdownMs, fixtureFirstPushLeftMs } from '../qsm-host';
import { alarms, badgeText, storedPushes } from './extension';
import { field } from './form';

const HOUR = 3_600_000;
const countdown = `${field('tblCancelList')} [data-qpp="countdown"]`;

let browser: Driver;
beforeAll(async () => {
  browser = await launchDriver({ locale: 'en-US', timezoneId: 'America/Los_Angeles' });
});
afterAll(async () => browser?.close());

describe('pending pushes', () => {
  it('learns the pushes from the history dialog and counts down beside each cancel-tab row', async () => {
    const qsm = await browser.openFixture('coupon-push.en');
    await qsm.click(field('btnHistory'));
    await expect.poll(() => qsm.count(countdown)).toBe(5);
    // The fixture: in 2 days at 14:00 (cancellable), in 20 h (too late), cancelled, sent, failed.
    expect(await qsm.attrs(countdown, 'data-state')).toEqual([
      'cancellable',
      'closed',
      'closed',
      'closed',
      'closed',
    ]);
    // Only what QSM's own status does not say: nothing under 已取消 / sent / failed.
    expect(
      await qsm.evaluate(
        (selector) =>
          [...document.querySelectorAll(selector)].map((host) =>
            Boolean(host.shadowRoot?.querySelector('.row-countdown')),
          ),
        countdown,
      ),
    ).toEqual([true, true, false, false, false]);
    // Layout-neutral: QSM's column widths are the same with the countdowns as without them.
    const widths = () =>
      qsm.evaluate(
        (selector) =>
          [...document.querySelectorAll(selector)].map((th) => Math.round(th.getBoundingClientRect().width)),
        `${field('tblCancelList')} th`,
      );
    const shown = (display: string) =>
      qsm.evaluate(
        ([selector, value]) => {
          for (const host of document.querySelectorAll<HTMLElement>(selector)) host.style.display = value;
        },
        [countdown, display] as const,
      );
    const withCountdowns = await widths();
    await shown('none');
    expect(await widths()).toEqual(withCountdowns);
    await shown('block');
    const first = `${countdown} >>> [data-qpp="countdown-text"]`;
    // The deadline is 14:00 JST tomorrow: the countdown says what is left of it now, to the minute.
    await expect
      .poll(async () => Math.abs(countdownMs(await qsm.text(first)) - fixtureFirstPushLeftMs(Date.now())))
      .toBeLessThan(60_000);
    const before = await qsm.text(first);
    await expect.poll(() => qsm.text(first)).not.toBe(before);
    // QSM's own cell text is untouched: the countdown lives in a shadow root.
    expect(await qsm.text(`${field('tblCancelList')} tbody tr:first-child td:last-child`)).toBe('Scheduled');
  });

  it('lists the pending pushes and the quota in the popup, sets the badge and the reminder alarms', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    await expect.poll(() => popup.count('[data-qpp="push"]')).toBe(2);
    expect(await popup.attrs('[data-qpp="push"]', 'data-state')).toEqual(['closed', 'cancellable']);
    const text = await popup.text('[data-qpp="pending-pushes"]');
    expect(text).toContain('Coupon 1207384');
    expect(text).toContain('Coupon 1207391');
    // Japan time first, the seller's own beside it, named by the browser in its language.
    expect(text).toMatch(/JST \((\d{4}-\d{2}-\d{2}\u00a0)?\d{2}:\d{2} Pacific (Standard|Daylight) Time\)/);
    expect(text).not.toContain('America/Los_Angeles');
    expect(await popup.count('[data-qpp="weekly-quota"] [data-qpp="next-allowed"]')).toBe(1);
    // A long zone name wraps inside the popup's column; nothing runs past its edge.
    const overflowing = await popup.evaluate(() => {
      const column = document.querySelector('[data-qpp="pending-pushes"]')?.getBoundingClientRect();
      return Array.from(document.querySelectorAll('[data-qpp="push"] [data-zone]'))
        .filter((span) => column && span.getBoundingClientRect().right > column.right + 0.5)
        .map((span) => span.textContent);
    });
    expect(overflowing).toEqual([]);
    // …and no date or time in the popup breaks across two lines.
    const broken = await popup.evaluate(() => {
      const out: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of (node.textContent ?? '').matchAll(
          /\d{4}-\d{2}-\d{2}(?:[\u00a0 ]\d{2}:\d{2})?/g,
        )) {
          const range = document.createRange();
          range.setStart(node, match.index ?? 0);
          range.setEnd(node, (match.index ?? 0) + match[0].length);
          const lines = new Set(Array.from(range.getClientRects(), (rect) => Math.round(rect.top)));
          if (lines.size > 1) out.push(match[0]);
        }
      }
      return out;
    });
    expect(broken).toEqual([]);

    await expect.poll(() => badgeText(popup)).toBe('1');
    const records = await storedPushes(popup);
    const cancellable = records.find((r) => r.couponNumber === '1207384' && r.status === 'scheduled');
    const tooLate = records.find((r) => r.couponNumber === '1207391');
    if (!cancellable || !tooLate)
      throw new Error(`expected both pending pushes in storage: ${JSON.stringify(records)}`);
    await expect
      .poll(async () => (await alarms(popup)).map((a) => a.name).sort())
      .toEqual(
        [
          `qpp:before-deadline:${cancellable.id}`,
          `qpp:deadline:${cancellable.id}`,
          `qpp:send:${cancellable.id}`,
          `qpp:send:${tooLate.id}`,
        ].sort(),
      );
    const deadline = Date.parse(cancellable.sendAt) - 24 * HOUR;
    const reminder = (await alarms(popup)).find((a) => a.name === `qpp:before-deadline:${cancellable.id}`);
    expect(reminder?.scheduledTime).toBe(deadline - 2 * HOUR);
  });
});
