/**
 * Applications QSM never accepted: the seller applies a valid push (the fake server answers the
 * POST), the popup lists it and the form reports the week as taken. When the history's cancel tab
 * lists every push registered that day and not this one, the extension forgets it; when the history
 * lists it, it stays, confirmed by QSM's own id.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { field, fillValidAdPush, sendDay } from './form';
import { type Harness, launch, storedPushes } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await launch({ locale: 'en-US', timezoneId: 'America/Los_Angeles' });
});
afterAll(async () => {
  await harness?.close();
});

/** A push of a past week, registered before it: real, and no weekly limit for this week. */
const earlier = {
  id: '2610990',
  couponNo: '1207302',
  type: 'ad',
  sendAt: `${sendDay(-9)} 10:00`,
  status: 'sent',
  registered: sendDay(-10),
  recipients: 35980,
};

const weeklyLimit = (page: Page) => page.locator('[data-qpp="panel"] [data-finding="weekly-limit"]');
const popupPushes = (page: Page) => page.locator('[data-qpp="pending-pushes"] [data-qpp="push"]');

async function applyValidPush(): Promise<void> {
  const before = harness.submissions.length;
  const form = await harness.openFixture('coupon-push.en');
  await fillValidAdPush(form);
  await expect
    .poll(() => form.locator('[data-qpp="panel"] [data-qpp="status"]').textContent())
    .toBe(t('en', 'panel.ready'));
  await form.click(field('btnApply'));
  await expect.poll(() => harness.submissions.length).toBe(before + 1);
  // The tab stays open (on QSM's answer page): closing a tab that has just posted can stall
  // Playwright's page.close under load, while the context's close at the end is reliable.
}

/** Opens the history and searches up to tomorrow, so a push applied just before JST midnight counts too. */
async function searchHistory(page: Page): Promise<void> {
  await page.click(field('btnHistory'));
  await page.fill(field('txtHistTo'), sendDay(1));
  await page.click(field('btnHistSearch'));
}

describe('applications QSM never accepted', () => {
  it('forgets a push the history does not list: the popup drops it and the week is free again', async () => {
    // A row the adapter cannot read (no send time; an unknown status word alone is read, as scheduled):
    // the listing is not whole, so it proves nothing either way.
    harness.setServerData({ history: [{ ...earlier, sendAt: '—' }] });
    await applyValidPush();

    const popup = await harness.openExtensionPage('popup.html');
    await expect.poll(() => popupPushes(popup).count()).toBe(1);
    expect(await popup.locator('[data-qpp="pending-pushes"]').textContent()).toContain('Coupon 1207384');

    const form = await harness.openFixture('coupon-push.en');
    await fillValidAdPush(form);
    await expect.poll(() => weeklyLimit(form).count()).toBe(1);
    expect((await storedPushes(popup)).map((r) => r.couponNumber)).toEqual(['1207384']);

    // QSM's history lists every push registered in the last two weeks, and not this one.
    harness.setServerData({ history: [earlier] });
    await form.reload();
    await searchHistory(form);
    await expect
      .poll(async () => (await storedPushes(popup)).map((r) => r.couponNumber))
      .toEqual(['1207302']);
    await popup.reload();
    await expect.poll(() => popupPushes(popup).count()).toBe(0);

    await form.click(`${field('divHistoryLayer')} a.pop_close`);
    await fillValidAdPush(form);
    await expect
      .poll(() => form.locator('[data-qpp="panel"] [data-qpp="status"]').textContent())
      .toBe(t('en', 'panel.ready'));
    expect(await weeklyLimit(form).count()).toBe(0);
    await form.close();
    await popup.close();
  });

  it('keeps a push the history lists with the same coupon and send time, now confirmed', async () => {
    harness.setServerData({ history: [earlier] });
    await applyValidPush();

    const accepted = {
      id: '2611101',
      couponNo: '1207384',
      type: 'ad',
      sendAt: `${sendDay(2)} 15:00`,
      status: 'scheduled',
      registered: sendDay(0),
      recipients: 36212,
    };
    harness.setServerData({ history: [accepted, earlier] });
    const form = await harness.openFixture('coupon-push.en');
    await searchHistory(form);
    const popup = await harness.openExtensionPage('popup.html');
    await expect
      .poll(async () => (await storedPushes(popup)).find((r) => r.couponNumber === '1207384'))
      .toMatchObject({ id: '2611101', source: 'applied', confirmedAt: expect.any(String) });
    await expect.poll(() => popupPushes(popup).count()).toBe(1);

    // It is QSM's word now: the week is taken.
    await form.click(`${field('divHistoryLayer')} a.pop_close`);
    await fillValidAdPush(form);
    await expect.poll(() => weeklyLimit(form).count()).toBe(1);
  });
});
