/** QSM re-rendering a table row by row costs one read of the page per frame, not one per row. */
import { signal } from '@preact/signals';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQsmPage } from '../../../content/page';
import * as form from '../../../lib/qsm/form';
import * as history from '../../../lib/qsm/index';
import { defaultSettings, type PushRecord } from '../../../lib/schema';
import { type LoadedPage, usePages } from '../qsm/page';

/** Animation frames that run when the test says a frame has passed. */
function manualFrames(page: LoadedPage): () => void {
  // happy-dom types a frame handle as a Node Immediate; here it is a plain key.
  const win = page.window as unknown as {
    requestAnimationFrame(callback: FrameRequestCallback): number;
    cancelAnimationFrame(handle: number): void;
  };
  const queue = new Map<number, FrameRequestCallback>();
  let id = 0;
  vi.spyOn(win, 'requestAnimationFrame').mockImplementation((callback) => {
    queue.set(++id, callback);
    return id;
  });
  vi.spyOn(win, 'cancelAnimationFrame').mockImplementation((handle) => {
    queue.delete(handle);
  });
  return () => {
    const due = [...queue.values()];
    queue.clear();
    for (const callback of due) callback(0);
  };
}

/**
 * Replaces every row of `tbody` with 1,000 new ones within one frame: 20 tasks of 50 rows, each row
 * in its own microtask, as a grid renders in chunks.
 */
async function replaceRows(page: LoadedPage, tbody: Element, cells: number): Promise<void> {
  tbody.replaceChildren();
  for (let i = 0; i < 1000; i++) {
    const row = page.document.createElement('tr');
    for (let c = 0; c < cells; c++) row.append(page.document.createElement('td'));
    (row.firstChild as Element).textContent = String(2_600_000 + i);
    tbody.append(row);
    await Promise.resolve();
    if (i % 50 === 49) await new Promise((resolve) => page.window.setTimeout(resolve, 0));
  }
}

const sources = () => ({
  history: signal<PushRecord[]>([]),
  settings: signal(defaultSettings),
  lang: 'zh' as const,
});

describe('reads of the page on QSM’s own DOM changes', () => {
  const open = usePages();
  afterEach(() => vi.restoreAllMocks());

  it('replacing 1,000 rows of the buyers table in the form re-reads the draft once', async () => {
    const page = await open('coupon-push.zh');
    const frame = manualFrames(page);
    const abort = new AbortController();
    expect(createQsmPage(page.document, abort.signal, sources()).form).not.toBeNull();
    const reads = vi.spyOn(form, 'readDraft');
    await replaceRows(page, page.byKey('tblBuyers').querySelector('tbody') as Element, 3);
    expect(reads).toHaveBeenCalledTimes(0);
    frame();
    expect(reads).toHaveBeenCalledTimes(1);
    abort.abort();
  });

  it('replacing 1,000 rows of the history table reads the history dialog once', async () => {
    const page = await open('coupon-push.zh');
    const frame = manualFrames(page);
    const abort = new AbortController();
    const reads = vi.spyOn(history, 'findHistoryDialog');
    createQsmPage(page.document, abort.signal, sources());
    const before = reads.mock.calls.length;
    await replaceRows(page, page.byKey('tblExecAd').querySelector('tbody') as Element, 6);
    frame();
    expect(reads.mock.calls.length - before).toBe(1);
    abort.abort();
  });

  it('the extension’s own nodes coming and going in the form read neither the draft nor the history', async () => {
    const page = await open('coupon-push.zh');
    const frame = manualFrames(page);
    const abort = new AbortController();
    const drafts = vi.spyOn(form, 'readDraft');
    const dialogs = vi.spyOn(history, 'findHistoryDialog');
    createQsmPage(page.document, abort.signal, sources());
    const before = { drafts: drafts.mock.calls.length, dialogs: dialogs.mock.calls.length };
    // What a feature mounts beside a field: a host marked as ours, then shown, then taken out.
    const host = page.document.createElement('div');
    host.setAttribute('data-qpp-host', '');
    page.byKey('ddlCoupon').after(host);
    await Promise.resolve();
    host.style.display = 'none';
    await Promise.resolve();
    host.remove();
    await new Promise((resolve) => page.window.setTimeout(resolve, 0));
    frame();
    expect(drafts.mock.calls.length - before.drafts).toBe(0);
    expect(dialogs.mock.calls.length - before.dialogs).toBe(0);
    // QSM's own change beside it is read, once.
    page.byKey('ddlCoupon').after(page.document.createElement('span'));
    await new Promise((resolve) => page.window.setTimeout(resolve, 0));
    frame();
    expect(drafts.mock.calls.length - before.drafts).toBe(1);
    expect(dialogs.mock.calls.length - before.dialogs).toBe(1);
    abort.abort();
  });
});
