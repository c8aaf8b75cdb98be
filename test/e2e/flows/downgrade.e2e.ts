/**
 * A downgrade loses nothing (issue 12.2), in Chromium and Firefox: storage a newer version wrote
 * (version 99 of pushes, templates and settings) is read as far as this build can, shown as kept on
 * the popup and the options page, and left byte for byte as it was after the seller visits the form
 * and its history.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeHistoryRows } from '../../../lib/pushes/merge';
import { emptyStore } from '../../../lib/pushes/store';
import { emptyDraft } from '../../../lib/schema';
import { templateFromDraft } from '../../../lib/templates';
import { type Driver, launchDriver, type Tab } from '../driver';

const now = new Date();
const sendAt = new Date(now.getTime() + 3 * 86_400_000).toISOString();
const [known] = mergeHistoryRows(
  emptyStore(),
  [{ id: '990001', couponNumber: '1207384', type: 'ad', sendAt, status: 'scheduled', tab: 'ad' }],
  now,
).records;
const weekly = templateFromDraft({ ...emptyDraft(), type: 'ad', sendTime: '15:00' }, 'Weekly from v99', now, {
  id: 'w99',
});
const seeded = {
  pushes: { version: 99, records: [known, { id: 'x', shape: 'of the future' }], channels: { line: true } },
  templates: { version: 99, templates: [weekly, { id: 'f', kind: 'of the future' }], folders: ['a'] },
  settings: {
    version: 99,
    weekRule: 'rolling-7-days',
    couponMarginHours: 6,
    reminderLeadMinutes: 30,
    theme: 'dark',
  },
};

interface StorageGlobals {
  chrome: {
    storage: {
      local: { get(keys: null): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
      onChanged: { addListener(callback: (changes: Record<string, unknown>) => void): void };
    };
  };
}
/** An extension page's global as the test uses it (types only: the callbacks run in the page). */
type Ext = StorageGlobals & { changed: string[] };

let browser: Driver;
let watcher: Tab;
beforeAll(async () => {
  browser = await launchDriver({ locale: 'en-US', timezoneId: 'Asia/Tokyo' });
  watcher = await browser.openExtensionPage('popup.html');
  await watcher.evaluate(async (items) => {
    await (globalThis as unknown as Ext).chrome.storage.local.set(items);
    (globalThis as unknown as Ext).changed = [];
    (globalThis as unknown as Ext).chrome.storage.onChanged.addListener((changes) =>
      (globalThis as unknown as Ext).changed.push(...Object.keys(changes)),
    );
  }, seeded);
});
afterAll(async () => browser?.close());

/** The three versioned areas as stored (other keys, such as UI state, may change freely). */
const stored = () =>
  watcher.evaluate(async () => {
    const all = await (globalThis as unknown as Ext).chrome.storage.local.get(null);
    return { pushes: all.pushes, templates: all.templates, settings: all.settings };
  });
const changedAreas = () =>
  watcher.evaluate(() =>
    (globalThis as unknown as Ext).changed.filter((key) => ['pushes', 'templates', 'settings'].includes(key)),
  );

describe('storage written by a newer version', () => {
  it('is read on the form (its templates offered) and left untouched by the form and the history', async () => {
    const qsm = await browser.openFixture('coupon-push.en');
    const options = '[data-qpp="templates"] >>> [data-qpp="template-select"] option';
    await expect.poll(() => qsm.texts(options)).toEqual(['Weekly from v99']);
    await qsm.click('#ctl00_ContentPlaceHolder1_btnHistory');
    const countdowns = '#ctl00_ContentPlaceHolder1_tblCancelList [data-qpp="countdown"]';
    await expect.poll(() => qsm.count(countdowns)).toBeGreaterThan(0);
    // The merge of the history's rows runs as the countdowns mount; a fresh extension page reading
    // storage afterwards is the round trip that lets a write, had there been one, land first.
    const popup = await browser.openExtensionPage('popup.html');
    await popup.waitFor('[data-qpp="popup"]');
    expect(await stored()).toEqual(seeded);
    expect(await changedAreas()).toEqual([]);
    const notice = '[data-qpp="newer-data"]';
    await expect.poll(() => popup.attr(notice, 'data-areas')).toBe('pushes templates settings');
    expect(await popup.text(notice)).toContain('newer version');
    await popup.close();
    await qsm.close();
  });

  it('says so on the options page, which reads the settings it understands and saves nothing', async () => {
    const page = await browser.openExtensionPage('options.html');
    const notice = '[data-qpp="newer-data"]';
    await expect.poll(() => page.attr(notice, 'data-areas')).toBe('pushes templates settings');
    expect(await stored()).toEqual(seeded);
    expect(await changedAreas()).toEqual([]);
  });
});
