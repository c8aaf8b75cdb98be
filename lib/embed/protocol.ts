/**
 * What an extension frame embedded in QSM's page (the order converter, the banner fitter) and the
 * content script say to each other by postMessage, one channel per frame. The frame sends a file's
 * bytes for QSM's form (and its own height); the content script answers whether the file reached
 * the form. Each side checks origin and source before parsing.
 */
import { z } from 'zod/mini';
import { lazy } from '../util/lazy';

/** QSM's origin: the only parent an embedded frame posts to. */
export const QSM_ORIGIN = 'https://qsm.qoo10.jp';

/** Cross-realm safe: an ArrayBuffer from another frame fails `instanceof ArrayBuffer`. */
export const arrayBufferSchema = lazy(() =>
  z.custom<ArrayBuffer>((value) => Object.prototype.toString.call(value) === '[object ArrayBuffer]'),
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
  // Built when a frame of this channel is first embedded, not on every page that loads the features.
  const height = lazy(() =>
    z.object({
      type: z.literal(types.height),
      height: z.number().check(z.nonnegative(), z.lte(100_000)),
    }),
  );
  const file = lazy(() =>
    z.object({
      type: z.literal(types.file),
      id: z.number().check(z.int()),
      name: z.string().check(z.regex(fileName)),
      bytes: arrayBufferSchema(),
    }),
  );
  const putResult = lazy(() =>
    z.object({
      type: z.literal(types.putResult),
      id: z.number().check(z.int()),
      ok: z.boolean(),
    }),
  );
  const frameMessage = lazy(() => z.discriminatedUnion('type', [height(), file()]));
  return {
    channel,
    types,
    get height() {
      return height();
    },
    get file() {
      return file();
    },
    get putResult() {
      return putResult();
    },
    get frameMessage() {
      return frameMessage();
    },
  };
}
