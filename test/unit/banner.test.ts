import { describe, expect, it } from 'vitest';
import { sniffImage } from '../../lib/banner/image';
import { gif, jpeg, png, webp } from '../support/images';

describe('sniffImage', () => {
  it.each([
    ['png', png(1860, 240), 'image/png'],
    ['gif', gif(1860, 240), 'image/gif'],
    ['baseline jpeg', jpeg(1860, 240), 'image/jpeg'],
    ['progressive jpeg', jpeg(1860, 240, 0xc2), 'image/jpeg'],
  ])('reads the size of a %s', (_name, bytes, type) => {
    expect(sniffImage(bytes)).toEqual({ type, width: 1860, height: 240 });
  });

  it('tells 1861 from 1860', () => {
    expect(sniffImage(png(1861, 240))?.width).toBe(1861);
    expect(sniffImage(jpeg(1860, 241))?.height).toBe(241);
  });

  it('names webp and unknown bytes so the format rule can reject them', () => {
    expect(sniffImage(webp())?.type).toBe('image/webp');
    expect(sniffImage(new TextEncoder().encode('hello'))?.type).toBe('application/octet-stream');
  });

  it('returns null for a truncated header instead of inventing a size', () => {
    expect(sniffImage(png(1860, 240).slice(0, 20))).toBeNull();
    expect(sniffImage(jpeg(1860, 240).slice(0, 12))).toBeNull();
  });
});
