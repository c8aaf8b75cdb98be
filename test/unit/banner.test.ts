import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sniffImage } from '../../lib/banner';

function png(width: number, height: number): Uint8Array {
  const ihdr = Buffer.alloc(25);
  ihdr.writeUInt32BE(13, 0);
  ihdr.write('IHDR', 4, 'ascii');
  ihdr.writeUInt32BE(width, 8);
  ihdr.writeUInt32BE(height, 12);
  ihdr.set([8, 6, 0, 0, 0], 16);
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(Buffer.concat([sig, ihdr, deflateSync(Buffer.alloc(1))]));
}

function gif(width: number, height: number): Uint8Array {
  const b = Buffer.alloc(13);
  b.write('GIF89a', 0, 'ascii');
  b.writeUInt16LE(width, 6);
  b.writeUInt16LE(height, 8);
  return new Uint8Array(b);
}

/** A JPEG header with an APP0 segment before the baseline frame, as cameras and editors write it. */
function jpeg(width: number, height: number, frameMarker = 0xc0): Uint8Array {
  const app0 = [0xff, 0xe0, 0x00, 0x10, ...Buffer.from('JFIF\0'), 1, 1, 0, 0, 1, 0, 1, 0, 0];
  const sof = [0xff, frameMarker, 0x00, 0x11, 8, height >> 8, height & 0xff, width >> 8, width & 0xff, 3];
  return new Uint8Array([0xff, 0xd8, ...app0, ...sof, ...new Array(12).fill(0)]);
}

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
    const webp = new Uint8Array([...Buffer.from('RIFF'), 0, 0, 0, 0, ...Buffer.from('WEBPVP8 ')]);
    expect(sniffImage(webp)?.type).toBe('image/webp');
    expect(sniffImage(new TextEncoder().encode('hello'))?.type).toBe('application/octet-stream');
  });

  it('returns null for a truncated header instead of inventing a size', () => {
    expect(sniffImage(png(1860, 240).slice(0, 20))).toBeNull();
    expect(sniffImage(jpeg(1860, 240).slice(0, 12))).toBeNull();
  });
});
