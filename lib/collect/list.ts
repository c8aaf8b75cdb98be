/**
 * The collected list: order numbers gathered on QSM's 配送管理 and クレーム管理 for a compensation push.
 * Order numbers only (no names, addresses or amounts), in batches that say where and when they were
 * collected; each batch holds only numbers no earlier batch holds, so the list is every batch in turn:
 * unique, in first-seen order. Bounded by the converter's own cap (MAX_ROWS).
 */
import { MAX_ROWS } from '../orders/errors';
import { isOrderNumber } from '../orders/tokens';
import type { Collected, CollectedBatch } from './schema';

export type { CollectAsk, Collected, CollectedBatch } from './schema';

export const collectSources = ['delivery', 'claim'] as const;
export type CollectSource = (typeof collectSources)[number];

/** The message the collect bar and converter frame send the background (schema.ts has its shapes). */
export const COLLECT_MESSAGE = 'qpp:collect';

/** QSM's own names of the pages, shown in every language (quoted as QSM's menu names). */
export const sourcePageNames: Record<CollectSource, string> = {
  delivery: '配送管理',
  claim: 'クレーム管理',
};

/** The most order numbers the list holds: the converter's cap on a list. */
export const MAX_COLLECTED = MAX_ROWS;

export const emptyCollected = (): Collected => ({ version: 1, batches: [] });

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function batchOf(raw: unknown): CollectedBatch | null {
  if (!isRecord(raw)) return null;
  const { id, source, at, orders } = raw;
  if (typeof id !== 'string' || typeof at !== 'string') return null;
  if (!(collectSources as readonly unknown[]).includes(source)) return null;
  if (!Array.isArray(orders) || !orders.every((n) => typeof n === 'string' && isOrderNumber(n))) return null;
  return { id, source: source as CollectSource, at, orders: [...(orders as string[])] };
}

/**
 * What storage (or the background) holds, read as a list; anything unreadable is an empty list.
 * Written out rather than `collectedSchema.parse`, so the collect bar's bundle carries no zod; a
 * test holds the two to the same verdicts.
 */
export function parseCollected(raw: unknown): Collected {
  if (!isRecord(raw) || raw.version !== 1 || !Array.isArray(raw.batches)) return emptyCollected();
  const batches: CollectedBatch[] = [];
  for (const item of raw.batches) {
    const batch = batchOf(item);
    if (!batch) return emptyCollected();
    batches.push(batch);
  }
  return { version: 1, batches };
}

/** Every collected order number, unique, in first-seen order. */
export function collectedOrders(list: Collected): string[] {
  return list.batches.flatMap((batch) => batch.orders);
}

export function collectedCount(list: Collected): number {
  let count = 0;
  for (const batch of list.batches) count += batch.orders.length;
  return count;
}

export interface AddResult {
  list: Collected;
  /** Numbers new to the list. */
  added: number;
  /** Numbers the list already held (or repeated in what was added). */
  duplicates: number;
  /** Numbers left out because the list is full. */
  overCap: number;
}

/** Adds what one click collected as a new batch of the numbers not yet in the list. */
export function addBatch(
  list: Collected,
  batch: { id: string; source: CollectSource; at: string; orders: readonly string[] },
): AddResult {
  const seen = new Set(collectedOrders(list));
  let room = MAX_COLLECTED - seen.size;
  const fresh: string[] = [];
  let duplicates = 0;
  let overCap = 0;
  for (const order of batch.orders) {
    if (!isOrderNumber(order)) continue;
    if (seen.has(order)) {
      duplicates++;
      continue;
    }
    if (room <= 0) {
      overCap++;
      continue;
    }
    seen.add(order);
    fresh.push(order);
    room--;
  }
  if (fresh.length === 0) return { list, added: 0, duplicates, overCap };
  const next = { id: batch.id, source: batch.source, at: batch.at, orders: fresh };
  return { list: { version: 1, batches: [...list.batches, next] }, added: fresh.length, duplicates, overCap };
}

/** The list without one batch (its numbers go with it). */
export function removeBatch(list: Collected, id: string): Collected {
  return { version: 1, batches: list.batches.filter((batch) => batch.id !== id) };
}

/** The pages the list was collected on, in first-seen order. */
export function collectedSources(list: Collected): CollectSource[] {
  return [...new Set(list.batches.map((batch) => batch.source))];
}
