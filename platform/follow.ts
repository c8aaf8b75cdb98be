/** A signal that mirrors a stored value: the fallback, then what storage holds, then every change. */
import { type ReadonlySignal, signal } from '@preact/signals-core';
import { onAbort } from '../lib/util/abort';

/**
 * Raw values of `storage.local` read in the page features' one start-up read (start.ts), so the
 * first signals that follow them start with what is stored instead of drawing the fallback first.
 */
const preloaded = new Map<string, unknown>();
/**
 * Keys of `storage.local` changed since the start-up read was asked (`trackChanges`): what it found
 * for them may be older than what is stored, so whatever follows them reads them again.
 */
const changedSinceRead = new Set<string>();
let tracking = false;
const tracked = new WeakSet<StorageChangedEvent>();

interface StorageChangedEvent {
  addListener(callback: (changes: Record<string, unknown>, area: string) => void): void;
}

/**
 * Call just before the start-up read is asked: from then on, a key of `storage.local` that changes is
 * no longer current in what the read found. Without it, nothing read counts as current.
 */
export function trackChanges(onChanged: StorageChangedEvent): void {
  tracking = true;
  changedSinceRead.clear();
  if (tracked.has(onChanged)) return;
  tracked.add(onChanged);
  onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    for (const key of Object.keys(changes)) changedSinceRead.add(key);
  });
}

export function rememberPreloaded(values: Record<string, unknown>, keys: readonly string[]): void {
  for (const key of keys) preloaded.set(key, values[key] ?? null);
}

/** The key a `local:` WXT storage item has in `storage.local`. */
export const areaKey = (item: { key: string }): string => item.key.replace(/^local:/, '');

/** What the start-up read found for `item`. */
export interface Preloaded<T> {
  value: T;
  /** Nothing changed it since the read was asked (`trackChanges`), so it is what storage holds. */
  current: boolean;
}

/** What the start-up read found for `item`, read through `migrate`; undefined when it was not read. */
export function preloadedValue<T>(
  item: { key: string },
  migrate: (raw: unknown) => T,
): Preloaded<T> | undefined {
  const key = areaKey(item);
  if (!preloaded.has(key)) return undefined;
  return { value: migrate(preloaded.get(key)), current: tracking && !changedSinceRead.has(key) };
}

/**
 * `start`: what the start-up read found (`preloadedValue`), shown at once instead of `fallback`; when
 * it is current, storage is not read again (the watch, set up now, brings every later change).
 */
export function followStorage<T>(
  fallback: T,
  load: () => Promise<T>,
  watch: (callback: (next: T) => void) => () => void,
  abort: AbortSignal,
  start?: Preloaded<T>,
): ReadonlySignal<T> {
  const value = signal(start ? start.value : fallback);
  let live = false;
  const unwatch = watch((next) => {
    live = true;
    value.value = next;
  });
  onAbort(abort, unwatch);
  if (start?.current) return value;
  load().then(
    (loaded) => {
      // A change seen before the first read answered is newer than what the read returns; a read
      // that finds what the start-up read found changes nothing (and draws nothing again).
      if (live || abort.aborted) return;
      if (start && JSON.stringify(loaded) === JSON.stringify(start.value)) return;
      value.value = loaded;
    },
    () => undefined,
  );
  return value;
}
