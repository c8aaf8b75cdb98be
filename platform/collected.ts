/**
 * The collected order list (lib/collect/list.ts) in `storage.session`: gone when the browser closes,
 * no permission needed in MV3. The background and the popup read it directly; content scripts and the
 * converter frame ask the background (collect-client.ts `askCollect`): Chrome keeps storage.session from content scripts
 * unless its access level is widened for every content script at once (setAccessLevel), and Firefox
 * gives an extension page framed in a web page (the converter on QSM's form) no storage.session at all.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { addBatch, type Collected, emptyCollected, parseCollected, removeBatch } from '../lib/collect/list';
import { collectRequestSchema } from '../lib/collect/schema';

export const COLLECTED_KEY = 'collect.orders';

export async function loadCollected(): Promise<Collected> {
  const stored = await browser.storage.session.get(COLLECTED_KEY);
  return parseCollected(stored[COLLECTED_KEY]);
}

async function saveCollected(list: Collected): Promise<void> {
  if (list.batches.length === 0) await browser.storage.session.remove(COLLECTED_KEY);
  else await browser.storage.session.set({ [COLLECTED_KEY]: list });
}

export async function clearCollected(): Promise<void> {
  await browser.storage.session.remove(COLLECTED_KEY);
}

/** Calls `onChange` with the list whenever it changes (extension pages only). */
export function watchCollected(onChange: (list: Collected) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'session' && COLLECTED_KEY in changes)
      onChange(parseCollected(changes[COLLECTED_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}

export interface CollectAnswer {
  list: Collected;
  added?: number;
  duplicates?: number;
  overCap?: number;
}

let queue: Promise<unknown> = Promise.resolve();

/** The background's side: one request at a time, so two tabs adding at once both land. */
export function answerCollect(message: unknown, senderId?: string): Promise<CollectAnswer> | undefined {
  if (senderId !== browser.runtime.id) return undefined;
  const parsed = z.safeParse(collectRequestSchema, message);
  if (!parsed.success) return undefined;
  const request = parsed.data;
  const run = async (): Promise<CollectAnswer> => {
    const list = await loadCollected();
    if (request.op === 'get') return { list };
    if (request.op === 'clear') {
      await clearCollected();
      return { list: emptyCollected() };
    }
    if (request.op === 'remove') {
      const next = removeBatch(list, request.id);
      await saveCollected(next);
      return { list: next };
    }
    const at = new Date().toISOString();
    const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    const result = addBatch(list, { id, source: request.source, at, orders: request.orders });
    if (result.added > 0) await saveCollected(result.list);
    return result;
  };
  const answer = queue.then(run, run);
  queue = answer.catch(() => undefined);
  return answer;
}
