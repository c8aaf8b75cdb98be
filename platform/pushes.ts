/**
 * The pushes store and the settings in extension storage (storage.local). Both are kept as
 * self-describing versioned values and every read goes through lib/pushes' migrations, so a value
 * written by any older build, or a damaged one, still reads (as an empty store or the defaults), and
 * one written by a newer build is read as far as it can be and never overwritten.
 */
import { computed, type ReadonlySignal } from '@preact/signals-core';
import { PLAN_STORE_VERSION } from '../lib/plan/schema';
import {
  type CancelListing,
  type HistoryRowData,
  mergeHistoryRows,
  reconcileApplied,
  recordApplication,
  recordFromDraft,
} from '../lib/pushes/merge';
import {
  migrateSettings,
  SETTINGS_VERSION,
  type SettingsForm,
  type StoredSettings,
  settingsStore,
  settingsToSave,
  settingsWriteBack,
} from '../lib/pushes/settings';
import {
  migrate,
  PUSH_STORE_VERSION,
  type PushStore,
  pushRecords,
  pushStore,
  type StoredPush,
} from '../lib/pushes/store';
import type { PushDraft, Settings } from '../lib/schema';
import { isFromNewerVersion, type StoredArea } from '../lib/storage/versioned';
import { TEMPLATE_STORE_VERSION } from '../lib/templates/schema';
import { followStorage, preloadedValue } from './follow';
import { planItem } from './plan';
import { templatesItem } from './templates';
import { versionedItem } from './versioned';

const pushes = versionedItem('local:pushes', pushStore);
const settings = versionedItem('local:settings', settingsStore);
export const pushesItem = pushes.item;
export const settingsItem = settings.item;

export function loadPushes(): Promise<PushStore> {
  return pushes.load();
}

/**
 * Reads, changes and writes the store, pruning old pushes on the way. Writes only when something
 * changed, so watchers (the background, other tabs) are not woken for nothing, and never over a
 * store a newer version wrote (lib/pushes changeStore).
 */
export function updatePushes(change: (store: PushStore) => PushStore, now = new Date()): Promise<PushStore> {
  return pushes.change(change, now);
}

/** Calls back with the store on every change, already migrated. */
export const watchPushes = pushes.watch;

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

export function loadSettings(): Promise<StoredSettings> {
  return settings.load();
}

/** Throws NewerVersionError, writing nothing, over settings a newer version stored. */
export async function saveSettings(form: SettingsForm): Promise<StoredSettings> {
  const settings = settingsToSave(await settingsItem.getValue(), form);
  await settingsItem.setValue(settings);
  return settings;
}

export const watchSettings = settings.watch;

/** Writes back what older builds stored in the current shape (run once on install or update). */
export async function upgradeStorage(): Promise<void> {
  await updatePushes((store) => store);
  const settings = settingsWriteBack(await settingsItem.getValue());
  if (settings) await settingsItem.setValue(settings);
}

/** The areas of storage a newer version wrote: kept for it, read here as far as they can be. */
export async function newerVersionAreas(): Promise<StoredArea[]> {
  const [pushes, settings, templates, plan] = await Promise.all([
    pushesItem.getValue(),
    settingsItem.getValue(),
    templatesItem.getValue(),
    planItem.getValue(),
  ]);
  return [
    ...(isFromNewerVersion(pushes, PUSH_STORE_VERSION) ? (['pushes'] as const) : []),
    ...(isFromNewerVersion(templates, TEMPLATE_STORE_VERSION) ? (['templates'] as const) : []),
    ...(isFromNewerVersion(settings, SETTINGS_VERSION) ? (['settings'] as const) : []),
    ...(isFromNewerVersion(plan, PLAN_STORE_VERSION) ? (['plan'] as const) : []),
  ];
}

/** The known pushes as a signal that follows storage until `abort`; empty until storage answers. */
export function pushesSignal(abort: AbortSignal): ReadonlySignal<StoredPush[]> {
  const store = followStorage(
    migrate(null),
    loadPushes,
    watchPushes,
    abort,
    preloadedValue(pushesItem, migrate),
  );
  return computed(() => pushRecords(store.value));
}

/** The settings as a signal that follows storage until `abort`; the defaults until storage answers. */
export function settingsSignal(abort: AbortSignal): ReadonlySignal<StoredSettings> {
  return followStorage(
    migrateSettings(null),
    loadSettings,
    watchSettings,
    abort,
    preloadedValue(settingsItem, migrateSettings),
  );
}

/** The rules' part of the settings, for `checkPush` and the page's `settings` signal. */
export function rulesSettings(settings: StoredSettings): Settings {
  return { weekRule: settings.weekRule, couponMarginHours: settings.couponMarginHours };
}
