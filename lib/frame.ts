/**
 * What an extension frame embedded in QSM's page (the order converter, the banner fitter) and the
 * content script say to each other by postMessage, one channel per frame. The frame sends a file's
 * bytes for QSM's form (and its own height); the content script answers whether the file reached
 * the form. Each side checks origin and source before parsing.
 */
import { z } from 'zod/mini';

/** QSM's origin: the only parent an embedded frame posts to. */
export const QSM_ORIGIN = 'https://qsm.qoo10.jp';

/** Cross-realm safe: an ArrayBuffer from another frame fails `instanceof ArrayBuffer`. */
export const arrayBufferSchema = z.custom<ArrayBuffer>(
  (value) => Object.prototype.toString.call(value) === '[object ArrayBuffer]',
);

/**
 * The messages of one frame's channel: `qpp:<channel>:height|file` up, `qpp:<channel>:put-result` down.
 * `types` are the messages' `type` values, for the side that posts them.
 */
export function frameProtocol<const C extends string>(channel: C, fileName: RegExp) {
  const types = {
    height: `qpp:${channel}:height`,
    file: `qpp:${channel}:file`,
    putResult: `qpp:${channel}:put-result`,
  } as const;
  const height = z.object({
    type: z.literal(types.height),
    height: z.number().check(z.nonnegative(), z.lte(100_000)),
  });
  const file = z.object({
    type: z.literal(types.file),
    id: z.number().check(z.int()),
    name: z.string().check(z.regex(fileName)),
    bytes: arrayBufferSchema,
  });
  const putResult = z.object({
    type: z.literal(types.putResult),
    id: z.number().check(z.int()),
    ok: z.boolean(),
  });
  return {
    channel,
    types,
    height,
    file,
    putResult,
    frameMessage: z.discriminatedUnion('type', [height, file]),
  };
}
