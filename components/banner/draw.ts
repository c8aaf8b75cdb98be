/**
 * Canvas work of the banner fitter (the extension frame only, never the content script): decode any
 * picture the browser can, draw it into the 1860×240 banner by the geometry of lib/banner/fit, and
 * encode the result.
 */
import { BANNER_SIZE, containPlacement, edgeColour, type FitMode, type Rect } from '../../lib/banner/fit';

export type OutputType = 'image/jpeg' | 'image/png';

export interface Fit {
  mode: FitMode;
  /** The cover crop, in the picture's pixels. */
  crop: Rect;
  /** The contain padding, `#rrggbb`. */
  padding: string;
}

/** Decodes the bytes; an animated GIF gives its first frame. Null when the browser cannot decode them. */
export async function decode(bytes: ArrayBuffer): Promise<ImageBitmap | null> {
  try {
    return await createImageBitmap(new Blob([bytes]));
  } catch {
    return null;
  }
}

/** The colour of the picture's outermost pixels, sampled from a small copy. */
export function pictureEdge(bitmap: ImageBitmap, doc: Document = document): string {
  const scale = Math.min(1, 200 / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = doc.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return '#ffffff';
  context.drawImage(bitmap, 0, 0, width, height);
  return edgeColour(context.getImageData(0, 0, width, height).data, { width, height });
}

/** Draws the banner as it will be: the crop scaled to fill it, or the whole picture on its padding. */
export function drawBanner(canvas: HTMLCanvasElement, bitmap: ImageBitmap, fit: Fit): void {
  canvas.width = BANNER_SIZE.width;
  canvas.height = BANNER_SIZE.height;
  const context = canvas.getContext('2d');
  if (!context) return;
  context.imageSmoothingQuality = 'high';
  if (fit.mode === 'cover') {
    const { x, y, width, height } = fit.crop;
    // Transparent parts show white, as on a page (JPEG has no transparency).
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, BANNER_SIZE.width, BANNER_SIZE.height);
    context.drawImage(bitmap, x, y, width, height, 0, 0, BANNER_SIZE.width, BANNER_SIZE.height);
    return;
  }
  context.fillStyle = fit.padding;
  context.fillRect(0, 0, BANNER_SIZE.width, BANNER_SIZE.height);
  const place = containPlacement(bitmap);
  context.drawImage(bitmap, place.x, place.y, place.width, place.height);
}

/** The canvas as a file's bytes, in the chosen type (quality counts for JPEG only). */
export function encode(canvas: HTMLCanvasElement, type: OutputType, quality: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => {
        if (!blob) reject(new Error('encode failed'));
        else blob.arrayBuffer().then((buffer) => resolve(new Uint8Array(buffer)), reject);
      },
      type,
      quality,
    );
  });
}
