import { describe, expect, it } from 'vitest';
import {
  BANNER_SIZE,
  containPlacement,
  coverCrop,
  edgeColour,
  fittedProblem,
  isAnimatedGif,
  isBannerReady,
  moveCrop,
  sourcePerBannerPixel,
} from '../../lib/banner/fit';
import { gif, jpeg, png } from '../support/images';

const RATIO = 1860 / 240;

describe('cover: the crop of the image that fills the banner', () => {
  it('takes the full height of a wide image and centres it', () => {
    // 1920×300 is wider than 7.75:1? No: 6.4:1, so it is taller than the banner: full width.
    expect(coverCrop({ width: 1920, height: 300 })).toEqual({ x: 0, y: 26, width: 1920, height: 248 });
    // 4000×300 (13.3:1) is wider: full height, 2325 wide, centred.
    expect(coverCrop({ width: 4000, height: 300 })).toEqual({ x: 838, y: 0, width: 2325, height: 300 });
  });

  it('takes the full width of a tall image', () => {
    const crop = coverCrop({ width: 600, height: 900 });
    expect(crop).toEqual({ x: 0, y: 412, width: 600, height: 77 });
    expect(crop.width / crop.height).toBeCloseTo(RATIO, 1);
  });

  it('crops a tiny image too (it is then scaled up), never to less than a pixel', () => {
    expect(coverCrop({ width: 100, height: 20 })).toEqual({ x: 0, y: 4, width: 100, height: 13 });
    expect(coverCrop({ width: 200, height: 10 })).toEqual({ x: 61, y: 0, width: 78, height: 10 });
    expect(coverCrop({ width: 1, height: 1 })).toEqual({ x: 0, y: 0, width: 1, height: 1 });
    expect(sourcePerBannerPixel(coverCrop({ width: 200, height: 10 }))).toBeCloseTo(78 / 1860);
  });

  it('moves the crop window and keeps it inside the image', () => {
    const image = { width: 4000, height: 300 };
    const centred = coverCrop(image);
    expect(moveCrop(image, centred, 100, 50)).toEqual({ ...centred, x: 938, y: 0 });
    expect(moveCrop(image, centred, -5000, 0).x).toBe(0);
    expect(moveCrop(image, centred, 5000, 0).x).toBe(4000 - 2325);
    expect(coverCrop(image, { x: 12.6, y: -3 })).toEqual({ x: 13, y: 0, width: 2325, height: 300 });
  });

  it('leaves a banner-sized image whole', () => {
    expect(coverCrop(BANNER_SIZE)).toEqual({ x: 0, y: 0, ...BANNER_SIZE });
  });
});

describe('contain: where the whole image goes on a padded banner', () => {
  it('fits a wide image to the width, centred vertically', () => {
    expect(containPlacement({ width: 4000, height: 300 })).toEqual({ x: 0, y: 50, width: 1860, height: 140 });
  });

  it('fits a tall image to the height, centred horizontally', () => {
    expect(containPlacement({ width: 600, height: 900 })).toEqual({ x: 850, y: 0, width: 160, height: 240 });
  });

  it('scales a tiny image up to the height, and a 1920×300 down', () => {
    expect(containPlacement({ width: 100, height: 20 })).toEqual({ x: 330, y: 0, width: 1200, height: 240 });
    expect(containPlacement({ width: 1920, height: 300 })).toEqual({
      x: 162,
      y: 0,
      width: 1536,
      height: 240,
    });
  });
});

describe('the padding colour from the image’s edge', () => {
  function image(width: number, height: number, edge: number[], inside: number[]): Uint8ClampedArray {
    const data = new Uint8ClampedArray(width * height * 4);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const onEdge = x === 0 || y === 0 || x === width - 1 || y === height - 1;
        data.set(onEdge ? edge : inside, (y * width + x) * 4);
      }
    }
    return data;
  }

  it('averages the outermost pixels and ignores the middle', () => {
    expect(edgeColour(image(5, 4, [0x12, 0x34, 0xab, 255], [255, 0, 0, 255]), { width: 5, height: 4 })).toBe(
      '#1234ab',
    );
  });

  it('counts transparent edges as white', () => {
    expect(edgeColour(image(3, 3, [0, 0, 0, 0], [0, 0, 0, 255]), { width: 3, height: 3 })).toBe('#ffffff');
    expect(edgeColour(new Uint8ClampedArray([10, 20, 30, 255]), { width: 1, height: 1 })).toBe('#0a141e');
  });
});

describe('reading the fitted file back', () => {
  it('takes a 1860×240 JPEG or PNG, and nothing else', () => {
    expect(fittedProblem(png(1860, 240))).toBeNull();
    expect(fittedProblem(jpeg(1860, 240))).toBeNull();
    expect(fittedProblem(png(1861, 240))).toBe('size');
    expect(fittedProblem(new Uint8Array([1, 2, 3]))).toBe('type');
    expect(isBannerReady({ type: 'image/png', width: 1860, height: 240 })).toBe(true);
    expect(isBannerReady({ type: 'image/webp', width: 1860, height: 240 })).toBe(false);
    expect(isBannerReady({ type: 'image/png', width: 1920, height: 300 })).toBe(false);
  });

  it('tells an animated GIF from a still one', () => {
    const frame = [0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0x02, 0x02, 0x44, 0x01, 0x00];
    const still = Buffer.concat([gif(1, 1), Buffer.from(frame), Buffer.from([0x3b])]);
    const control = [0x21, 0xf9, 0x04, 0x00, 0x0a, 0x00, 0x00, 0x00];
    const animated = Buffer.concat([
      gif(1, 1),
      Buffer.from([0x21, 0xff, 0x0b, ...Buffer.from('NETSCAPE2.0'), 0x03, 0x01, 0x00, 0x00, 0x00]),
      Buffer.from(control),
      Buffer.from(frame),
      Buffer.from(control),
      Buffer.from(frame),
      Buffer.from([0x3b]),
    ]);
    expect(isAnimatedGif(still)).toBe(false);
    expect(isAnimatedGif(animated)).toBe(true);
    expect(isAnimatedGif(png(10, 10))).toBe(false);
  });
});
