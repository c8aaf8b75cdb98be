/**
 * What the collect bar (a content script) asks the background, which alone touches storage.session:
 * Chrome keeps that area from content scripts (TRUSTED_CONTEXTS) and widening it with setAccessLevel
 * would open it to every frame's content script; routed, one writer serializes the batches.
 */
import { z } from 'zod/mini';
import { collectSources } from './list';

export const COLLECT_MESSAGE = 'qpp:collect';

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
