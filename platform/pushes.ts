/**
 * The pushes store and the settings in extension storage (storage.local). Both are kept as
 * self-describing versioned values and every read goes through lib/pushes' migrations, so a value
 * written by any older build, or a damaged one, still reads (as an empty store or the defaults).
 */
import { computed, type ReadonlySignal } from '@preact/signals-core';
import { storage } from 'wxt/utils/storage';
import { migrateSettings, type SettingsForm, type StoredSettings } from '../lib/pushes/settings';
import {
  type CancelListing,
  type HistoryRowData,
  mergeHistoryRows,
  migrate,
  type PushStore,
  prune,
  pushRecords,
  reconcileApplied,
  recordApplication,
  recordFromDraft,
  type StoredPush,
} from '../lib/pushes/store';
import type { PushDraft, Settings } from '../lib/schema';
import { followStorage } from './follow';

export const pushesItem = storage.defineItem<unknown>('local:pushes', { fallback: null });
export const settingsItem = storage.defineItem<unknown>('local:settings', { fallback: null });

export async function loadPushes(): Promise<PushStore> {
  return migrate(await pushesItem.getValue());
}

/**
 * Reads, changes and writes the store, pruning old pushes on the way. Writes only when something
 * changed, so watchers (the background, other tabs) are not woken for nothing.
 */
export async function updatePushes(
  change: (store: PushStore) => PushStore,
  now = new Date(),
): Promise<PushStore> {
  const raw = await pushesItem.getValue();
  const before = migrate(raw);
  const after = prune(change(before), now);
  if (JSON.stringify(after) !== JSON.stringify(raw)) await pushesItem.setValue(after);
  return after;
}

/** Calls back with the store on every change, already migrated. */
export function watchPushes(callback: (store: PushStore) => void): () => void {
  return pushesItem.watch((raw) => callback(migrate(raw)));
}

/**
 * Feeds the rows of the history dialog's tables into the store. With the cancel tab's listing and
 * when QSM produced it (`listedAt`), applications QSM never accepted are forgotten in the same write.
 */
export function mergeHistory(
  rows: readonly HistoryRowData[],
  seenAt: Date,
  cancelTab?: { listing: CancelListing; listedAt: Date },
): Promise<PushStore> {
  return updatePushes((store) => {
    const merged = mergeHistoryRows(store, rows, seenAt);
    return cancelTab ? reconcileApplied(merged, cancelTab.listing, cancelTab.listedAt) : merged;
  }, seenAt);
}

/**
 * For the apply guard: the seller submitted the push form with this draft. A draft that lacks a
 * type, coupon or send time is not a push and is ignored.
 */
export async function recordAppliedPush(draft: PushDraft, now: Date): Promise<void> {
  const record = recordFromDraft(draft, now);
  if (record) await updatePushes((store) => recordApplication(store, record), now);
}

export async function loadSettings(): Promise<StoredSettings> {
  return migrateSettings(await settingsItem.getValue());
}

export async function saveSettings(form: SettingsForm): Promise<StoredSettings> {
  const settings = migrateSettings({ version: 2, ...form });
  await settingsItem.setValue(settings);
  return settings;
}

export function watchSettings(callback: (settings: StoredSettings) => void): () => void {
  return settingsItem.watch((raw) => callback(migrateSettings(raw)));
}

/** Writes back what older builds stored in the current shape (run once on install or update). */
export async function upgradeStorage(): Promise<void> {
  await updatePushes((store) => store);
  const raw = await settingsItem.getValue();
  if (raw !== null) await settingsItem.setValue(migrateSettings(raw));
}

/** The known pushes as a signal that follows storage until `abort`; empty until storage answers. */
export function pushesSignal(abort: AbortSignal): ReadonlySignal<StoredPush[]> {
  const store = followStorage(migrate(null), loadPushes, watchPushes, abort);
  return computed(() => pushRecords(store.value));
}

/** The settings as a signal that follows storage until `abort`; the defaults until storage answers. */
export function settingsSignal(abort: AbortSignal): ReadonlySignal<StoredSettings> {
  return followStorage(migrateSettings(null), loadSettings, watchSettings, abort);
}

/** The rules' part of the settings, for `checkPush` and the page's `settings` signal. */
export function rulesSettings(settings: StoredSettings): Settings {
  return { weekRule: settings.weekRule, couponMarginHours: settings.couponMarginHours };
}
