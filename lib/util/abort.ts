/**
 * Teardown tied to an AbortSignal: what a feature starts stops when its signal aborts. Ours because
 * WXT's ContentScriptContext tears down a whole content script, not one feature or one mounted row.
 */
import { effect } from '@preact/signals-core';

/** Calls `teardown` once when `abort` fires; forgotten if `until` fires first. */
export function onAbort(abort: AbortSignal, teardown: () => void, until?: AbortSignal): void {
  abort.addEventListener('abort', teardown, until ? { once: true, signal: until } : { once: true });
}

/** Runs `fn` as a signals effect (re-run when what it reads changes) until `abort`. */
export function effectUntil(abort: AbortSignal, fn: Parameters<typeof effect>[0]): void {
  onAbort(abort, effect(fn));
}
