import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('../../public/_locales/', import.meta.url);
const messages = (locale: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(new URL(`${locale}/messages.json`, dir), 'utf8'));

describe('manifest strings (_locales)', () => {
  const locales = readdirSync(dir).sort();

  it('exist for every catalogue language', () => {
    expect(locales).toEqual(['en', 'ja', 'ko', 'zh_CN']);
  });

  it.each(locales)('%s has every key English has, none empty', (locale) => {
    const table = messages(locale);
    expect(Object.keys(table).sort()).toEqual(Object.keys(messages('en')).sort());
    for (const entry of Object.values(table)) expect(entry.message.trim()).not.toBe('');
  });

  it('keeps the store description within Chrome’s 132 characters', () => {
    for (const locale of locales)
      expect(messages(locale).extDescription?.message.length).toBeLessThanOrEqual(132);
  });
});
