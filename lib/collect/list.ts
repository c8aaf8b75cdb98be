/**
 * The collected list: order numbers gathered on QSM's 配送管理 and クレーム管理 for a compensation push.
 * Order numbers only (no names, addresses or amounts), in batches that say where and when they were
 * collected; each batch holds only numbers no earlier batch holds, so the list is every batch in turn:
 * unique, in first-seen order. Bounded by the converter's own cap (MAX_ROWS).
 */
import { z } from 'zod/mini';
import { MAX_ROWS } from '../orders/errors';
import { isOrderNumber } from '../orders/tokens';

export const collectSources = ['delivery', 'claim'] as const;
export type CollectSource = (typeof collectSources)[number];

/** QSM's own names of the pages, shown in every language (quoted as QSM's menu names). */
export const sourcePageNames: Record<CollectSource, string> = {
  delivery: '配送管理',
  claim: 'クレーム管理',
};

/** The most order numbers the list holds: the converter's cap on a list. */
export const MAX_COLLECTED = MAX_ROWS;

export const batchSchema = z.object({
  id: z.string(),
  source: z.enum(collectSources),
  /** When it was collected, ISO 8601. */
  at: z.string(),
  orders: z.array(z.string().check(z.regex(/^\d{9,10}$/))),
});
export type CollectedBatch = z.infer<typeof batchSchema>;

export const collectedSchema = z.object({
  version: z.literal(1),
  batches: z.array(batchSchema),
});
export type Collected = z.infer<typeof collectedSchema>;

export const emptyCollected = (): Collected => ({ version: 1, batches: [] });

/** What storage holds, read as a list; anything unreadable is an empty list. */
export function parseCollected(raw: unknown): Collected {
  const parsed = z.safeParse(collectedSchema, raw);
  return parsed.success ? parsed.data : emptyCollected();
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
