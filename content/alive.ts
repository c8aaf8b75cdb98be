/**
 * The features' lifetime: an AbortSignal that aborts only when this copy's extension context is
 * really gone (the extension was updated, reloaded, disabled or removed). Chrome then leaves the old
 * copy running in open tabs with `runtime.id` undefined; that is what is checked, the way
 * webext-events' onContextInvalidated does: each second, and at once when the tab comes back.
 *
 * Why not WXT's `ctx.signal`: WXT aborts it on a `<id>:<script>:wxt:content-script-started` event on
 * `document`, which any page script can dispatch (a store extension's id is public). Nothing a page
 * can send ends this signal: only the browser taking the extension away.
 */
import { browser } from 'wxt/browser';

export interface AliveOptions {
  /** True while this copy can still reach its extension. */
  isAlive?: () => boolean;
  /** How often to look when nothing else prompts it. */
  everyMs?: number;
  doc?: Document;
}

const runtimeAlive = () => browser?.runtime?.id != null;

export function extensionAlive(options: AliveOptions = {}): AbortSignal {
  const { isAlive = runtimeAlive, everyMs = 1000, doc = document } = options;
  const controller = new AbortController();
  const check = () => {
    if (controller.signal.aborted || isAlive()) return;
    controller.abort(new Error('extension context invalidated'));
    clearInterval(timer);
    doc.removeEventListener('visibilitychange', check);
  };
  const timer = setInterval(check, everyMs);
  doc.addEventListener('visibilitychange', check);
  return controller.signal;
}
