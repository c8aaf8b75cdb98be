import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyDraft } from '../../../lib/schema';
import { templateFromDraft } from '../../../lib/templates';

// wxt/utils/storage reaches the extension API through globalThis.chrome, read when it is first imported.
(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
let platform: typeof import('../../../platform/templates');
beforeAll(async () => {
  platform = await import('../../../platform/templates');
});
beforeEach(() => fakeBrowser.reset());

const NOW = new Date('2026-11-28T09:00:00+09:00');
const draft = { ...emptyDraft(), type: 'ad' as const, sendDate: '2026-11-30', sendTime: '15:00' };

describe('platform/templates', () => {
  it('reads what version 1 left in storage.local and writes it back upgraded, once', async () => {
    await fakeBrowser.storage.local.set({ templates: { templates: [{ name: 'Old', time: '10:00' }] } });
    const first = await platform.loadTemplates(NOW);
    expect(first.templates.map((t) => [t.id, t.name, t.sendTime])).toEqual([['v1-1', 'Old', '10:00']]);
    const stored = (await fakeBrowser.storage.local.get('templates')).templates;
    expect(stored).toEqual(first);
    expect(await platform.loadTemplates(new Date('2027-01-01T00:00:00Z'))).toEqual(first);
  });

  it('saves, renames, duplicates and deletes, telling watchers of each change', async () => {
    const seen: string[][] = [];
    const unwatch = platform.watchTemplates((store) => seen.push(store.templates.map((t) => t.name)));
    await platform.storeTemplate(templateFromDraft(draft, 'Weekly', NOW, { id: 'w' }));
    await platform.renameStoredTemplate('w', 'Fans', NOW);
    await platform.renameStoredTemplate('w', 'Fans', NOW);
    await platform.duplicateStoredTemplate('w', NOW);
    const copy = (await platform.loadTemplates()).templates[1];
    expect(copy?.id).not.toBe('w');
    await platform.deleteStoredTemplate('w');
    await new Promise((resolve) => setTimeout(resolve, 0));
    unwatch();
    expect(seen).toEqual([['Weekly'], ['Fans'], ['Fans', 'Fans (2)'], ['Fans (2)']]);
  });

  it('follows storage as a signal until aborted', async () => {
    const abort = new AbortController();
    const templates = platform.templatesSignal(abort.signal);
    await platform.storeTemplate(templateFromDraft(draft, 'Weekly', NOW, { id: 'w' }));
    await expect.poll(() => templates.value.map((t) => t.name)).toEqual(['Weekly']);
    abort.abort();
    await platform.deleteStoredTemplate('w');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(templates.value.map((t) => t.name)).toEqual(['Weekly']);
  });
});
