/**
 * Keeps a read of the push form current while the seller edits: on input, change and click anywhere
 * in the document (QSM's dialogs sit outside the form) and on DOM mutations inside the form, coalesced
 * into one read per task.
 */
import { type ReadonlySignal, signal } from '@preact/signals-core';
import { findPushForm, readDraft } from './form';
import type { DraftRead, PushForm } from './types';

const EVENTS = ['input', 'change', 'click'] as const;

function sameRead(a: DraftRead, b: DraftRead): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A signal of the form's draft, updated until `signal` aborts (then it keeps its last value). */
export function watchDraft(form: PushForm, abort: AbortSignal): ReadonlySignal<DraftRead> {
  const state = signal(readDraft(form));
  if (abort.aborted) return state;
  const doc = form.root.ownerDocument;
  const win = doc.defaultView;
  let current = form;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const flush = () => {
    timer = null;
    if (abort.aborted) return;
    // The page may have replaced the form (a partial postback): find it again.
    if (!current.root.isConnected) {
      const again = findPushForm(doc);
      if (again) {
        current = again;
        observe();
      }
    }
    const next = readDraft(current);
    if (!sameRead(state.peek(), next)) state.value = next;
  };
  // A task, not a microtask: the page's own handlers (which fill the coupon fields, the buyers table)
  // run after ours for the same event and must have finished before we read.
  const schedule = () => {
    if (timer === null && !abort.aborted) timer = (win ?? globalThis).setTimeout(flush, 0);
  };

  const MutationObserverImpl = win?.MutationObserver ?? globalThis.MutationObserver;
  const observer = MutationObserverImpl ? new MutationObserverImpl(schedule) : null;
  function observe() {
    observer?.disconnect();
    observer?.observe(current.root, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  }
  observe();
  for (const type of EVENTS) doc.addEventListener(type, schedule, true);

  abort.addEventListener(
    'abort',
    () => {
      observer?.disconnect();
      for (const type of EVENTS) doc.removeEventListener(type, schedule, true);
      if (timer !== null) (win ?? globalThis).clearTimeout(timer);
      timer = null;
    },
    { once: true },
  );
  return state;
}
