/**
 * What Chrome's Web Store checks on upload, against the built package (`npm run zip` zips exactly
 * this folder): name and description lengths, a version Chrome accepts, the icons at their declared
 * pixel sizes, every __MSG_ placeholder defined in every locale, and the store texts under docs/store.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extensionDir } from './harness';

const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
const localesDir = join(extensionDir, '_locales');
const locales = readdirSync(localesDir);
const messages = (locale: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(join(localesDir, locale, 'messages.json'), 'utf8'));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('the Chrome package passes the store’s checks', () => {
  it('has a name of at most 45 characters and a version of 1 to 4 dot-separated integers', () => {
    expect(manifest.name.length).toBeLessThanOrEqual(45);
    expect(manifest.version).toMatch(/^\d{1,5}(\.\d{1,5}){0,3}$/);
  });

  it('defines its description in every locale, each at most 132 characters', () => {
    expect(manifest.default_locale).toBe('en');
    expect([...locales].sort()).toEqual(['en', 'ja', 'ko', 'zh_CN']);
    const used = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1] ?? '');
    expect(used).toContain('extDescription');
    for (const locale of locales) {
      for (const key of used) {
        const text = messages(locale)[key]?.message ?? '';
        expect(text.trim(), `${locale}:${key}`).not.toBe('');
        if (key === 'extDescription') expect(text.length, locale).toBeLessThanOrEqual(132);
      }
    }
  });

  it('ships every icon it declares, at its declared size, 128 px among them', () => {
    const icons: Record<string, string> = manifest.icons;
    expect(Object.keys(icons)).toContain('128');
    for (const [size, path] of Object.entries(icons)) {
      expect(pngSize(join(extensionDir, path))).toEqual([Number(size), Number(size)]);
    }
    for (const path of Object.values<string>(manifest.action?.default_icon ?? {})) {
      expect(existsSync(join(extensionDir, path)), path).toBe(true);
    }
  });

  it('has listing texts in zh, ja and en, a privacy statement and 1280×800 screenshots in docs/store', () => {
    const store = join(extensionDir, '../../docs/store');
    for (const lang of ['zh', 'ja', 'en']) {
      const listing = readFileSync(join(store, `listing.${lang}.md`), 'utf8');
      expect(listing).toContain('QSM Push Pilot');
      // The short description is the line under the first bold heading that ends in a colon.
      const short = /\*\*[^*\n]+\*\*[^\n]*[:：]\n(.+)\n/.exec(listing)?.[1] ?? '';
      expect(short.length, lang).toBeGreaterThan(20);
      expect(short.length, lang).toBeLessThanOrEqual(132);
    }
    expect(readFileSync(join(store, 'privacy.md'), 'utf8')).toMatch(/sends nothing anywhere/);
    const shots = readdirSync(store).filter((name) => name.endsWith('.png'));
    for (const shot of shots) expect(pngSize(join(store, shot)), shot).toEqual([1280, 800]);
  });
});
