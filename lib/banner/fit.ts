/**
 * Fitting any picture into QSM's 1860×240 banner: where to crop it (cover) or where to place it on a
 * padded frame (contain), the colour of its edge for the padding, and the check that a fitted file
 * is a banner QSM takes, read back from its own bytes. Pure geometry and bytes; the frame draws.
 */

import { BANNER } from '../rules/codes';
import { sniffImage } from './image';

export interface Size {
  width: number;
  height: number;
}

/** A rectangle in whole pixels. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const BANNER_SIZE: Size = { width: BANNER.width, height: BANNER.height };

export type FitMode = 'cover' | 'contain';

/** True when the image is a banner as it is: exactly the size, in one of the allowed types. */
export function isBannerReady(info: { type: string; width: number; height: number }): boolean {
  return (
    info.width === BANNER_SIZE.width &&
    info.height === BANNER_SIZE.height &&
    (BANNER.types as readonly string[]).includes(info.type.toLowerCase())
  );
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

/**
 * Cover: the largest part of the image with the banner's proportions (1860:240), which is then scaled
 * to fill the whole banner. `at` is where its top-left corner should be (source pixels), kept inside
 * the image; without it the crop is centred.
 */
export function coverCrop(image: Size, at?: { x: number; y: number }, frame: Size = BANNER_SIZE): Rect {
  const ratio = frame.width / frame.height;
  const wide = image.width / image.height > ratio;
  const width = Math.max(1, wide ? Math.round(image.height * ratio) : image.width);
  const height = Math.max(1, wide ? image.height : Math.round(image.width / ratio));
  const free = { x: image.width - width, y: image.height - height };
  const x = at ? clamp(Math.round(at.x), 0, free.x) : Math.round(free.x / 2);
  const y = at ? clamp(Math.round(at.y), 0, free.y) : Math.round(free.y / 2);
  return { x, y, width, height };
}

/** The crop moved by (dx, dy) source pixels, still inside the image. */
export function moveCrop(image: Size, crop: Rect, dx: number, dy: number, frame: Size = BANNER_SIZE): Rect {
  return coverCrop(image, { x: crop.x + dx, y: crop.y + dy }, frame);
}

/** How many source pixels one banner pixel stands for in a cover crop (for drags and arrow keys). */
export function sourcePerBannerPixel(crop: Rect, frame: Size = BANNER_SIZE): number {
  return crop.width / frame.width;
}

/**
 * Contain: where the whole image goes inside the banner, scaled to fit (up or down) and centred;
 * the rest of the banner is padding.
 */
export function containPlacement(image: Size, frame: Size = BANNER_SIZE): Rect {
  const scale = Math.min(frame.width / image.width, frame.height / image.height);
  const width = clamp(Math.round(image.width * scale), 1, frame.width);
  const height = clamp(Math.round(image.height * scale), 1, frame.height);
  return {
    x: Math.floor((frame.width - width) / 2),
    y: Math.floor((frame.height - height) / 2),
    width,
    height,
  };
}

const hex = (n: number) => Math.round(n).toString(16).padStart(2, '0');

/**
 * The average colour of an image's outermost pixels (RGBA, row by row), as `#rrggbb`: the padding
 * that continues the picture's own background. Transparent pixels count as white, as on a page.
 */
export function edgeColour(pixels: Uint8ClampedArray | Uint8Array, size: Size): string {
  const { width, height } = size;
  let r = 0;
  let g = 0;
  let b = 0;
  let n = 0;
  const add = (x: number, y: number) => {
    const i = (y * width + x) * 4;
    const alpha = (pixels[i + 3] ?? 255) / 255;
    r += (pixels[i] ?? 0) * alpha + 255 * (1 - alpha);
    g += (pixels[i + 1] ?? 0) * alpha + 255 * (1 - alpha);
    b += (pixels[i + 2] ?? 0) * alpha + 255 * (1 - alpha);
    n++;
  };
  for (let x = 0; x < width; x++) {
    add(x, 0);
    if (height > 1) add(x, height - 1);
  }
  for (let y = 1; y < height - 1; y++) {
    add(0, y);
    if (width > 1) add(width - 1, y);
  }
  return n ? `#${hex(r / n)}${hex(g / n)}${hex(b / n)}` : '#ffffff';
}

/** True for the first bytes of a GIF with more than one frame (a second image descriptor). */
export function isAnimatedGif(bytes: Uint8Array): boolean {
  if (sniffImage(bytes)?.type !== 'image/gif' || bytes.length < 13) return false;
  let i = 13;
  const flags = bytes[10] ?? 0;
  if (flags & 0x80) i += 3 * 2 ** ((flags & 0x07) + 1);
  let frames = 0;
  while (i < bytes.length) {
    const block = bytes[i];
    if (block === 0x3b) break;
    if (block === 0x21) {
      // An extension: label, then data sub-blocks up to a zero length.
      i += 2;
      while (i < bytes.length && bytes[i] !== 0) i += (bytes[i] ?? 0) + 1;
      i++;
      continue;
    }
    if (block !== 0x2c) return false;
    frames++;
    if (frames > 1) return true;
    const local = bytes[i + 9] ?? 0;
    i += 10;
    if (local & 0x80) i += 3 * 2 ** ((local & 0x07) + 1);
    i++; // LZW minimum code size
    while (i < bytes.length && bytes[i] !== 0) i += (bytes[i] ?? 0) + 1;
    i++;
  }
  return false;
}

/** Why a fitted file would still not do, read from its bytes; null when QSM takes it as a banner. */
export function fittedProblem(bytes: Uint8Array): 'type' | 'size' | null {
  const info = sniffImage(bytes);
  if (!info || !(BANNER.types as readonly string[]).includes(info.type)) return 'type';
  return info.width === BANNER_SIZE.width && info.height === BANNER_SIZE.height ? null : 'size';
}
