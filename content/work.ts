/**
 * Decides, cheaply and once, whether this document has work for the extension: the probe on the
 * whole document now, then on what QSM adds later (late data, a layer opened, a grid filled), at most
 * once per animation frame and only on the added subtrees, until work is found or the bound passes.
 */
import { probeWork, type Work } from '../lib/qsm/probe';

export interface WatchOptions {
  /** How long to keep looking at late content, in ms. */
  boundMs?: number;
}

/** Looks at the subtree QSM added around `node`: its table or grid, so a header row added alone still counts. */
function scopeOf(node: Node): Element | null {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return element?.closest('table, .gridbox') ?? element ?? null;
}

/** Calls `onWork` once when the document has work; returns a function that stops looking. */
export function whenWork(
  doc: Document,
  onWork: (work: Work) => void,
  options: WatchOptions = {},
): () => void {
  const { boundMs = 60_000 } = options;
  const win = doc.defaultView ?? globalThis;
  const found = probeWork(doc);
  if (found) {
    onWork(found);
    return () => undefined;
  }

  let pending = new Set<Element>();
  let frame: number | null = null;
  let done = false;
  const stop = () => {
    done = true;
    observer.disconnect();
    clearTimeout(bound);
    if (frame !== null) win.cancelAnimationFrame(frame);
    pending.clear();
  };
  const flush = () => {
    frame = null;
    const scopes = pending;
    pending = new Set();
    for (const scope of scopes) {
      if (done || !scope.isConnected) continue;
      const work = probeWork(scope);
      if (work) {
        stop();
        onWork(work);
        return;
      }
    }
  };
  const observer = new win.MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of Array.from(mutation.addedNodes)) {
        const scope = scopeOf(node);
        if (scope) pending.add(scope);
      }
    }
    if (pending.size > 0 && frame === null) frame = win.requestAnimationFrame(flush);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  // A background tab runs no animation frames: what arrived there is looked at once before giving up.
  const bound = setTimeout(() => {
    flush();
    stop();
  }, boundMs);
  return stop;
}
