/** A signal that mirrors a stored value: the fallback, then what storage holds, then every change. */
import { type ReadonlySignal, signal } from '@preact/signals-core';

export function followStorage<T>(
  initial: T,
  load: () => Promise<T>,
  watch: (callback: (next: T) => void) => () => void,
  abort: AbortSignal,
): ReadonlySignal<T> {
  const value = signal(initial);
  let live = false;
  const unwatch = watch((next) => {
    live = true;
    value.value = next;
  });
  load().then(
    (loaded) => {
      // A change seen before the first read answered is newer than what the read returns.
      if (!live && !abort.aborted) value.value = loaded;
    },
    () => undefined,
  );
  abort.addEventListener('abort', unwatch, { once: true });
  return value;
}
