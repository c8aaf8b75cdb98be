/**
 * The banner fitter frame's channel (lib/embed/protocol.ts): the fitted file goes up to the content script
 * like the order template does; besides, the frame says it is ready (or done) and the content script
 * sends it the picked image.
 */
import { z } from 'zod/mini';
import { arrayBufferSchema, frameProtocol } from '../embed/protocol';
import { lazy } from '../util/lazy';

export const bannerFitChannel = frameProtocol('banner-fit', /^[\w.-]{1,100}\.(jpg|png)$/);

/** From the frame: ready for the image, or closed by the seller. */
export const bannerFrameSignalSchema = lazy(() =>
  z.object({ type: z.enum(['qpp:banner-fit:ready', 'qpp:banner-fit:close']) }),
);

/** To the frame: the picked banner file. */
export const bannerImageMessageSchema = lazy(() =>
  z.object({
    type: z.literal('qpp:banner-fit:image'),
    name: z.string().check(z.maxLength(260)),
    bytes: arrayBufferSchema(),
  }),
);
export type BannerImageMessage = z.infer<ReturnType<typeof bannerImageMessageSchema>>;

/** `summer-sale-1860x240.jpg`: the picked file's name, made safe, with the banner's size and type. */
export function fittedFileName(original: string, type: 'image/jpeg' | 'image/png'): string {
  const base =
    original
      .replace(/\.[^.]*$/, '')
      .replace(/[^\w.-]+/g, '_')
      .replace(/^[._]+|[._]+$/g, '')
      .slice(0, 60) || 'banner';
  return `${base}-1860x240.${type === 'image/png' ? 'png' : 'jpg'}`;
}
