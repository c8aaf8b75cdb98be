/**
 * Keeps a read of the push form current while the seller edits: on input, change, click, pointer and
 * focus anywhere in the document (QSM's dialogs sit outside the form), one read per task; on DOM
 * mutations inside the form, one read per animation frame however many rows QSM replaces; and at a
 * low rate while the page is visible, since a calendar widget writes a value by script with no event
 * a content script can hear (jQuery's `.val(…).trigger('change')` stays in the page's world).
 */
import { type ReadonlySignal, type Signal, signal } from '@preact/signals-core';
import { onAbort } from '../util/abort';
import { findPushForm, readDraft } from './form';
import type { DraftRead, PushForm } from './types';

const EVENTS = ['input', 'change', 'click', 'pointerdown', 'focusin'] as const;

/** How often the form is read while nothing else says it changed (script-written values). */
export const POLL_MS = 1500;

/** A live read of the form, and a way to bring it up to date now (before judging a press of 申请). */
export type DraftWatch = ReadonlySignal<DraftRead> & { refresh(): void };

function sameRead(a: DraftRead, b: DraftRead): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * True when every change in `mutations` is the extension's own: inside a node it inserted, or the
 * insertion or removal of such nodes. QSM's DOM is the same, so nothing needs reading again.
 */
export function onlyOwnMutations(
  mutations: readonly MutationRecord[],
  isOwn: (node: Node | null) => boolean,
): boolean {
  return mutations.every(
    (mutation) =>
      isOwn(mutation.target) ||
      (mutation.type === 'childList' &&
        Array.prototype.every.call(mutation.addedNodes, isOwn) &&
        Array.prototype.every.call(mutation.removedNodes, isOwn)),
  );
}

/**
 * A signal of the form's draft, updated until `signal` aborts (then it keeps its last value).
 * `isOwn` names the extension's own nodes: their coming and going is not a change of the form.
 * `pollMs` reads the form that often too while the page is visible (the page runtime passes POLL_MS).
 */
export function watchDraft(
  form: PushForm,
  abort: AbortSignal,
  isOwn: (node: Node | null) => boolean = () => false,
  pollMs?: number,
): DraftWatch {
  const state: Signal<DraftRead> & { refresh(): void } = Object.assign(signal(readDraft(form)), {
    refresh: () => undefined,
  });
  if (abort.aborted) return state;
  const doc = form.root.ownerDocument;
  const win = doc.defaultView;
  let current = form;
  const host = win ?? globalThis;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let frame: number | null = null;

  const cancel = () => {
    if (timer !== null) host.clearTimeout(timer);
    if (frame !== null) host.cancelAnimationFrame?.(frame);
    timer = null;
    frame = null;
  };
  const flush = () => {
    cancel();
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
  // After a seller's edit: a task, not a microtask, since the page's own handlers (which fill the
  // coupon fields, the buyers table) run after ours for the same event and must have finished; and
  // before the next event, so a click on 申请 right after a change is judged on the changed draft.
  const schedule = () => {
    if (timer === null && !abort.aborted) timer = host.setTimeout(flush, 0);
  };
  // QSM's own DOM changes (a grid re-rendered row by row, late data): at most one read a frame.
  const scheduleFrame = () => {
    if (timer !== null || frame !== null || abort.aborted) return;
    if (typeof host.requestAnimationFrame === 'function') frame = host.requestAnimationFrame(flush);
    else schedule();
  };

  const MutationObserverImpl = win?.MutationObserver ?? globalThis.MutationObserver;
  const observer = MutationObserverImpl
    ? new MutationObserverImpl((mutations) => {
        if (!onlyOwnMutations(mutations, isOwn)) scheduleFrame();
      })
    : null;
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
  const poll = pollMs
    ? host.setInterval(() => {
        if (doc.visibilityState !== 'hidden') schedule();
      }, pollMs)
    : undefined;
  state.refresh = flush;

  onAbort(abort, () => {
    observer?.disconnect();
    for (const type of EVENTS) doc.removeEventListener(type, schedule, true);
    host.clearInterval(poll);
    cancel();
  });
  return state;
}
