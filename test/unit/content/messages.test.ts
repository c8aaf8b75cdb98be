import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { catalogue, t as fullT, type Lang, languages, messageTable } from '../../../lib/i18n';
import { defineMessages } from '../../../lib/i18n/define';

// wxt/browser reaches the extension API through globalThis.chrome, read when it is first imported.
(globalThis as { chrome?: unknown }).chrome = fakeBrowser;

type Loaded = typeof import('../../../lib/i18n/loaded');
type Messages = typeof import('../../../content/messages');

/** A fresh copy of the features' catalogue (nothing installed) and of what loads it. */
async function fresh(): Promise<{ loaded: Loaded; messages: Messages }> {
  vi.resetModules();
  return {
    loaded: await import('../../../lib/i18n/loaded'),
    messages: await import('../../../content/messages'),
  };
}

/** The package as the build writes it (wxt.config.ts: one JSON table a language), read by URL. */
function packageFetch(unreadable: Lang[] = []) {
  const asked: string[] = [];
  const fetchFile = async (url: string) => {
    asked.push(url);
    const lang = /\/i18n\/(\w+)\.json$/.exec(url)?.[1] as Lang | undefined;
    if (!lang || !languages.includes(lang)) return { ok: false, json: async () => null };
    if (unreadable.includes(lang)) throw new TypeError('Failed to fetch');
    const body = JSON.stringify(messageTable(lang));
    return { ok: true, json: async () => JSON.parse(body) as unknown };
  };
  return { asked, fetchFile };
}

const keys = Object.keys(catalogue.en) as (keyof typeof catalogue.en)[];

describe('the page features’ messages, loaded for one language', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it.each(languages)(
    '%s: after one table is read, t() answers every key as the full catalogue does',
    async (lang) => {
      const { loaded, messages } = await fresh();
      const { asked, fetchFile } = packageFetch();
      expect(await messages.loadMessages(lang, fetchFile)).toBe(true);
      expect(asked).toEqual([fakeBrowser.runtime.getURL(`/i18n/${lang}.json`)]);
      // With values as the features pass them, a date with its weekday included: both format alike.
      for (const key of keys) {
        const names = [...catalogue.en[key].matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        const params = { ...Object.fromEntries(names.map((name) => [name, '2026-12-07（周一）'])), n: 3 };
        expect(loaded.t(lang, key, params), key).toBe(fullT(lang, key, params));
      }
      expect(keys.every((key) => loaded.hasMessage(key))).toBe(true);
      expect(loaded.hasMessage('no.such.key')).toBe(false);
      expect(warn).not.toHaveBeenCalled();
    },
  );

  it('a key ko does not have yet reads in English, as t() falls back in the full catalogue', () => {
    const area = defineMessages({
      en: { 'x.new': 'New', 'x.old': 'Old' },
      ja: { 'x.new': '新', 'x.old': '旧' },
      zh: { 'x.new': '新', 'x.old': '旧' },
      ko: { 'x.old': '옛' },
    });
    // What messageTable does for the whole catalogue: ko over English.
    expect({ ...area.en, ...area.ko }).toEqual({ 'x.new': 'New', 'x.old': '옛' });
    expect(Object.keys(messageTable('ko')).sort()).toEqual([...keys].sort());
  });

  it('a second language is read when it is asked for, the first costs nothing again', async () => {
    const { loaded, messages } = await fresh();
    const { asked, fetchFile } = packageFetch();
    await messages.loadMessages('zh', fetchFile);
    await messages.loadMessages('zh', fetchFile);
    expect(asked).toHaveLength(1);
    await messages.loadMessages('ja', fetchFile);
    expect(asked).toHaveLength(2);
    expect(loaded.t('zh', 'panel.type')).toBe(fullT('zh', 'panel.type'));
    expect(loaded.t('ja', 'panel.type')).toBe(fullT('ja', 'panel.type'));
  });

  it('shows English when the seller’s table cannot be read, and says so in the console', async () => {
    const { loaded, messages } = await fresh();
    const { asked, fetchFile } = packageFetch(['ko']);
    expect(await messages.loadMessages('ko', fetchFile)).toBe(true);
    expect(asked.map((url) => url.slice(url.lastIndexOf('/') + 1))).toEqual(['ko.json', 'en.json']);
    expect(loaded.t('ko', 'panel.type')).toBe(fullT('en', 'panel.type'));
    expect(loaded.t('ko', 'time.jst', { time: '10:00' })).toBe('10:00 JST');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('ko'));
  });

  it('treats a table the package answers without (not ok) or with something else as unreadable', async () => {
    const { loaded, messages } = await fresh();
    const answers = [
      { ok: false, json: async () => ({}) },
      { ok: true, json: async () => 'not a table' },
      { ok: true, json: async () => messageTable('ja') as unknown },
    ];
    const fetchFile = async () => answers.shift() ?? { ok: false, json: async () => null };
    expect(await messages.loadMessages('ja', fetchFile)).toBe(false);
    expect(loaded.hasMessages('ja')).toBe(false);
    // Asked again (the next page, or a change of language), the table that can now be read is.
    expect(await messages.loadMessages('ja', fetchFile)).toBe(true);
    expect(loaded.t('ja', 'panel.type')).toBe(fullT('ja', 'panel.type'));
  });

  it('answers false when not even English can be read, so nothing is drawn', async () => {
    const { loaded, messages } = await fresh();
    const { fetchFile } = packageFetch(['zh', 'en']);
    expect(await messages.loadMessages('zh', fetchFile)).toBe(false);
    expect(loaded.hasMessages('zh') || loaded.hasMessages('en')).toBe(false);
    expect(loaded.t('zh', 'panel.type')).toBe('panel.type');
  });
});
