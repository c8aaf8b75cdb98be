/** A signal that mirrors a stored value: the fallback, then what storage holds, then every change. */
import { type ReadonlySignal, signal } from '@preact/signals-core';

/**
 * Raw values of `storage.local` read in the page features' one start-up read (start.ts), so the
 * first signals that follow them start with what is stored instead of drawing the fallback first.
 */
const preloaded = new Map<string, unknown>();

export function rememberPreloaded(values: Record<string, unknown>, keys: readonly string[]): void {
  for (const key of keys) preloaded.set(key, values[key] ?? null);
}

/** The key a `local:` WXT storage item has in `storage.local`. */
export const areaKey = (item: { key: string }): string => item.key.replace(/^local:/, '');

/** What the start-up read found for `item`, read through `migrate`; undefined when it was not read. */
export function preloadedValue<T>(
  item: { key: string },
  migrate: (raw: unknown) => T,
): { value: T } | undefined {
  const key = areaKey(item);
  return preloaded.has(key) ? { value: migrate(preloaded.get(key)) } : undefined;
}

/** `start`: what the start-up read found (`preloadedValue`), shown at once instead of `fallback`. */
export function followStorage<T>(
  fallback: T,
  load: () => Promise<T>,
  watch: (callback: (next: T) => void) => () => void,
  abort: AbortSignal,
  start?: { value: T },
): ReadonlySignal<T> {
  const value = signal(start ? start.value : fallback);
  let live = false;
  const unwatch = watch((next) => {
    live = true;
    value.value = next;
  });
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
  abort.addEventListener('abort', unwatch, { once: true });
  return value;
}
