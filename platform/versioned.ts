/**
 * A versioned store (lib/storage/versioned.ts) kept in one item of storage.local: loaded, changed and
 * watched through its lib/ definition. Changes write only what changed, so watchers (the background,
 * other tabs) are not woken for nothing, and never over a value a newer build wrote.
 */

import { storage } from 'wxt/utils/storage';
import type { VersionedStore } from '../lib/storage/versioned';

export function versionedItem<T>(key: `local:${string}`, store: VersionedStore<T>) {
  const item = storage.defineItem<unknown>(key, { fallback: null });
  const write = async (result: { store: T; write: T | null }): Promise<T> => {
    if (result.write) await item.setValue(result.write);
    return result.store;
  };
  return {
    item,
    /** What storage holds, read through the store's migrations. */
    load: async (now = new Date()): Promise<T> => store.read(await item.getValue(), now),
    /** Like `load`, and writes back in the current shape what an older build stored. */
    loadUpgraded: async (now = new Date()): Promise<T> => {
      const raw = await item.getValue();
      const upgraded = store.upgrade(raw, now);
      if (upgraded) await item.setValue(upgraded);
      return upgraded ?? store.read(raw, now);
    },
    /** An automatic change (a merge, the upgrade on install): over a newer build's value, in memory only. */
    change: async (change: (value: T) => T, now = new Date()): Promise<T> =>
      write(store.change(await item.getValue(), change, now)),
    /** A change the seller asked for: throws NewerVersionError, writing nothing, over a newer build's value. */
    changeAsked: async (change: (value: T) => T, now = new Date()): Promise<T> =>
      write(store.changeAsked(await item.getValue(), change, now)),
    /** Calls back with the value on every change, already migrated. */
    watch: (callback: (value: T) => void): (() => void) => item.watch((raw) => callback(store.read(raw))),
  };
}
