/** A downgrade loses nothing (issue 12.2): pushes and settings a newer version stored are never overwritten. */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  type CancelListing,
  type HistoryRowData,
  mergeHistoryRows,
  reconcileApplied,
  recordApplication,
  recordFromDraft,
} from '../../../lib/pushes/merge';
import { migrateSettings, settingsToSave, settingsWriteBack } from '../../../lib/pushes/settings';
import { changeStore, emptyStore, migrate } from '../../../lib/pushes/store';
import { emptyDraft } from '../../../lib/schema';
import { isFromNewerVersion, NewerVersionError, writeBack } from '../../../lib/storage/versioned';

(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
let platform: typeof import('../../../platform/pushes');
beforeAll(async () => {
  platform = await import('../../../platform/pushes');
});
beforeEach(() => fakeBrowser.reset());

const now = new Date('2026-11-25T03:00:00Z');
const row: HistoryRowData = {
  id: '880001',
  couponNumber: '1234567',
  type: null,
  sendAt: '2026-11-28T10:00:00+09:00',
  status: 'scheduled',
  tab: 'cancel',
};
const known = mergeHistoryRows(emptyStore(), [{ ...row, type: 'ad', tab: 'ad' }], now).records[0];
/** What a version 99 might store: a record this build reads, one it does not, and a field it never heard of. */
const newer = () => ({
  version: 99,
  records: [known, { id: 'x', shape: 'of the future' }],
  channels: { line: true },
});
const applied = recordFromDraft(
  {
    ...emptyDraft(),
    type: 'ad',
    coupon: { number: '7654321', qstoreOnly: false },
    sendDate: '2026-11-27',
    sendTime: '12:00',
  },
  now,
);
const listing: CancelListing = { from: '2026-11-25', to: '2026-11-25', complete: true, rows: [] };

describe('lib: a store from a newer version', () => {
  it('is recognised by its version, and only a higher one', () => {
    expect(isFromNewerVersion(newer(), 2)).toBe(true);
    expect(isFromNewerVersion({ version: 2, records: [] }, 2)).toBe(false);
    expect(isFromNewerVersion({ version: '99' }, 2)).toBe(false);
    expect(isFromNewerVersion(null, 2)).toBe(false);
    expect(writeBack(newer(), emptyStore(), 2)).toBeNull();
  });

  it('reads the records it understands', () => {
    expect(migrate(newer()).records).toEqual([known]);
  });

  it.each([
    [
      'a history merge',
      (s: ReturnType<typeof emptyStore>) => mergeHistoryRows(s, [{ ...row, id: '880002' }], now),
    ],
    ['an application', (s: ReturnType<typeof emptyStore>) => (applied ? recordApplication(s, applied) : s)],
    [
      'reconciling with the cancel tab',
      (s: ReturnType<typeof emptyStore>) => reconcileApplied(s, listing, now),
    ],
    ['the upgrade on install', (s: ReturnType<typeof emptyStore>) => s],
  ])('writes nothing for %s, pruning included', (_name, change) => {
    const { store, write } = changeStore(newer(), change, new Date('2027-06-01T00:00:00Z'));
    expect(write).toBeNull();
    expect(store.version).toBe(2);
  });

  it('still writes over older and current stores when something changed', () => {
    expect(changeStore(null, (s) => mergeHistoryRows(s, [row], now), now).write?.records).toHaveLength(1);
    expect(changeStore({ version: 2, records: [] }, (s) => s, now).write).toBeNull();
  });

  it('keeps newer settings: read field by field, never written back, a save refused', () => {
    const stored = {
      version: 99,
      weekRule: 'rolling-7-days',
      couponMarginHours: 6,
      reminderLeadMinutes: 30,
      theme: 'dark',
    };
    expect(migrateSettings(stored)).toMatchObject({
      weekRule: 'rolling-7-days',
      couponMarginHours: 6,
      reminderLeadMinutes: 30,
    });
    expect(settingsWriteBack(stored)).toBeNull();
    expect(() =>
      settingsToSave(stored, { weekRule: 'calendar-week', couponMarginHours: 0, reminderLeadMinutes: 120 }),
    ).toThrow(NewerVersionError);
    expect(settingsWriteBack({ weekRule: 'rolling-7-days', couponMarginHours: 0 })).toMatchObject({
      version: 2,
    });
  });
});

describe('platform: storage a newer version wrote stays byte for byte', () => {
  const stored = async () =>
    (await fakeBrowser.storage.local.get(['pushes', 'settings'])) as Record<string, unknown>;
  const settings = {
    version: 99,
    weekRule: 'rolling-7-days',
    couponMarginHours: 6,
    reminderLeadMinutes: 30,
    theme: 'dark',
  };

  it('through history merges, reconciling, applications, the upgrade and a settings save', async () => {
    await fakeBrowser.storage.local.set({ pushes: newer(), settings });
    const before = await stored();
    expect((await platform.loadPushes()).records).toEqual([known]);
    await platform.mergeHistory([{ ...row, id: '880002' }], now, { listing, listedAt: now });
    await platform.mergeHistory([row], now);
    await platform.recordAppliedPush(
      {
        ...emptyDraft(),
        type: 'ad',
        coupon: { number: '7654321', qstoreOnly: false },
        sendDate: '2026-11-27',
        sendTime: '12:00',
      },
      now,
    );
    await platform.upgradeStorage();
    await expect(
      platform.saveSettings({ weekRule: 'calendar-week', couponMarginHours: 0, reminderLeadMinutes: 120 }),
    ).rejects.toBeInstanceOf(NewerVersionError);
    expect(await stored()).toEqual(before);
    expect(await platform.newerVersionAreas()).toEqual(['pushes', 'settings']);
  });

  it('says nothing when every area is this version’s own', async () => {
    await platform.mergeHistory([row], now);
    expect(await platform.newerVersionAreas()).toEqual([]);
  });
});
