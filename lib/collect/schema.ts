/**
 * The shapes of the collected list (list.ts) and of the collect bar's requests to the background, as
 * zod schemas: the one definition of each (types by z.infer). The content side never runs them (the
 * collect bar's bundle carries no zod): it reads the background's answers through list.ts's
 * `parseCollected`, held to `collectedSchema` by test/unit/collect/list.test.ts.
 */
import { z } from 'zod/mini';
import { COLLECT_MESSAGE, collectSources } from './list';

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

export const collectRequestSchema = z.discriminatedUnion('op', [
  z.object({ type: z.literal(COLLECT_MESSAGE), op: z.literal('get') }),
  z.object({
    type: z.literal(COLLECT_MESSAGE),
    op: z.literal('add'),
    source: z.enum(collectSources),
    orders: z.array(z.string()),
  }),
  z.object({ type: z.literal(COLLECT_MESSAGE), op: z.literal('remove'), id: z.string() }),
  z.object({ type: z.literal(COLLECT_MESSAGE), op: z.literal('clear') }),
]);
export type CollectRequest = z.infer<typeof collectRequestSchema>;
/** A request as the bar writes it, before the message type is put on. */
export type CollectAsk = CollectRequest extends infer R
  ? R extends unknown
    ? Omit<R, 'type'>
    : never
  : never;
