import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyDraft } from '../../../lib/schema';

// wxt/utils/storage reaches the extension API through globalThis.chrome, read when it is first imported.
(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
let platform: typeof import('../../../platform/pushes');
beforeAll(async () => {
  platform = await import('../../../platform/pushes');
});
beforeEach(() => fakeBrowser.reset());

const now = new Date('2026-11-25T03:00:00Z');
const row = {
  id: '880001',
  couponNumber: '1234567',
  type: null,
  sendAt: '2026-11-28T10:00:00+09:00',
  status: 'scheduled' as const,
  tab: 'cancel' as const,
};

describe('platform/pushes', () => {
  it('reads what version 1 left in storage.local and writes it back upgraded', async () => {
    await fakeBrowser.storage.local.set({
      pushes: { pushes: { '1234567': { type: 'ad', sendAt: '2026/11/28 10:00' } } },
    });
    expect((await platform.loadPushes()).records.map((r) => r.sendAt)).toEqual(['2026-11-28T10:00:00+09:00']);
    await platform.upgradeStorage();
    const stored = (await fakeBrowser.storage.local.get('pushes')).pushes as { version: number };
    expect(stored.version).toBe(2);
  });

  it('merges history rows, then an application of the same push, and tells watchers once per change', async () => {
    const seen: number[] = [];
    const unwatch = platform.watchPushes((store) => seen.push(store.records.length));
    await platform.mergeHistory([row], now);
    await platform.mergeHistory([row], now);
    await platform.recordAppliedPush(
      {
        ...emptyDraft(),
        type: 'compensation',
        coupon: { number: '1234567', qstoreOnly: false },
        sendDate: '2026-11-28',
        sendTime: '10:00',
      },
      now,
    );
    await platform.recordAppliedPush(emptyDraft(), now);
    unwatch();
    const store = await platform.loadPushes();
    expect(store.records).toHaveLength(1);
    expect(store.records[0]).toMatchObject({ id: '880001', type: 'compensation', typeKnown: true });
    expect(seen).toEqual([1, 1]);
  });

  it('forgets an application the cancel tab’s listing does not show, in the same write as the merge', async () => {
    const applied = {
      ...emptyDraft(),
      type: 'ad' as const,
      coupon: { number: '7654321', qstoreOnly: false },
      sendDate: '2026-11-27',
      sendTime: '15:00',
    };
    await platform.recordAppliedPush(applied, now);
    const seen: string[][] = [];
    const unwatch = platform.watchPushes((store) => seen.push(store.records.map((r) => r.couponNumber)));
    const listing = { from: '2026-11-11', to: '2026-11-25', complete: true, rows: [row] };
    const later = new Date(now.getTime() + 60_000);
    await platform.mergeHistory([row], later, { listing: { ...listing, complete: false }, listedAt: later });
    expect((await platform.loadPushes()).records.map((r) => r.couponNumber)).toEqual(['7654321', '1234567']);
    await platform.mergeHistory([row], later, { listing, listedAt: later });
    unwatch();
    expect((await platform.loadPushes()).records.map((r) => r.couponNumber)).toEqual(['1234567']);
    expect(seen).toEqual([['7654321', '1234567'], ['1234567']]);
  });

  it('saves settings and reads them back with the reminder lead', async () => {
    expect(await platform.loadSettings()).toMatchObject({
      weekRule: 'calendar-week',
      reminderLeadMinutes: 120,
    });
    await platform.saveSettings({
      weekRule: 'rolling-7-days',
      couponMarginHours: 12,
      reminderLeadMinutes: 45,
    });
    const settings = await platform.loadSettings();
    expect(settings).toEqual({
      version: 2,
      weekRule: 'rolling-7-days',
      couponMarginHours: 12,
      reminderLeadMinutes: 45,
    });
    expect(platform.rulesSettings(settings)).toEqual({ weekRule: 'rolling-7-days', couponMarginHours: 12 });
  });
});
