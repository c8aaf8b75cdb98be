/**
 * What the embedded converter page and the content script say to each other by postMessage. The
 * page sends the template's bytes (and its height); the content script answers whether the file
 * reached QSM's upload input. Each side checks origin and source before parsing.
 */
import { z } from 'zod';

/** QSM's origin: the only parent the embedded converter posts order numbers to. */
export const QSM_ORIGIN = 'https://qsm.qoo10.jp';

/** Cross-realm safe: an ArrayBuffer from another frame fails `instanceof ArrayBuffer`. */
const arrayBuffer = z.custom<ArrayBuffer>(
  (value) => Object.prototype.toString.call(value) === '[object ArrayBuffer]',
);

export const frameMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('qpp:order-converter:height'), height: z.number().nonnegative().max(100_000) }),
  z.object({
    type: z.literal('qpp:order-converter:file'),
    id: z.number().int(),
    name: z.string().regex(/^[\w.-]{1,100}\.xlsx$/),
    bytes: arrayBuffer,
  }),
]);
export type FrameMessage = z.infer<typeof frameMessageSchema>;

export const hostMessageSchema = z.object({
  type: z.literal('qpp:order-converter:put-result'),
  id: z.number().int(),
  ok: z.boolean(),
});
export type HostMessage = z.infer<typeof hostMessageSchema>;
