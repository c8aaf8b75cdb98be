/** A versioned store kept in one item of storage.local: changed and watched through its lib/ reading. */
import type { WxtStorageItem } from 'wxt/utils/storage';

type RawItem = WxtStorageItem<unknown, Record<string, unknown>>;

/**
 * Reads the item, applies `change` (a lib/ store's `change` or `changeAsked`) and writes only what
 * it says to write, so watchers (the background, other tabs) are not woken for nothing.
 */
export async function changeItem<T>(
  item: RawItem,
  change: (raw: unknown) => { store: T; write: T | null },
): Promise<T> {
  const { store, write } = change(await item.getValue());
  if (write) await item.setValue(write);
  return store;
}

/** Calls back with the item's value on every change, read through `read` (migrated). */
export function watchItem<T>(
  item: RawItem,
  read: (raw: unknown) => T,
  callback: (value: T) => void,
): () => void {
  return item.watch((raw) => callback(read(raw)));
}
