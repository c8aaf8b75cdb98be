/** A downgrade loses nothing (issue 12.2): templates a newer version stored are never overwritten. */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyDraft } from '../../../lib/schema';
import { NewerVersionError } from '../../../lib/storage/versioned';
import {
  changeTemplates,
  migrateTemplates,
  saveTemplate,
  templateFromDraft,
  templatesWriteBack,
} from '../../../lib/templates';

(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
let platform: typeof import('../../../platform/templates');
beforeAll(async () => {
  platform = await import('../../../platform/templates');
});
beforeEach(() => fakeBrowser.reset());

const NOW = new Date('2026-11-28T09:00:00+09:00');
const draft = { ...emptyDraft(), type: 'ad' as const, sendDate: '2026-11-30', sendTime: '15:00' };
const weekly = templateFromDraft(draft, 'Weekly', NOW, { id: 'w' });
const newer = () => ({
  version: 99,
  templates: [weekly, { id: 'f', kind: 'of the future' }],
  folders: ['a'],
});

describe('lib: templates from a newer version', () => {
  it('reads the templates it understands', () => {
    expect(migrateTemplates(newer(), NOW).templates).toEqual([weekly]);
  });

  it('writes nothing back on a read, and refuses a change the seller asked for', () => {
    expect(templatesWriteBack(newer(), NOW)).toBeNull();
    expect(() => changeTemplates(newer(), (s) => saveTemplate(s, weekly), NOW)).toThrow(NewerVersionError);
  });

  it('still writes back what an older version stored', () => {
    expect(templatesWriteBack({ templates: [{ name: 'Old', time: '10:00' }] }, NOW)?.version).toBe(2);
    expect(changeTemplates(null, (s) => saveTemplate(s, weekly), NOW).write?.templates).toEqual([weekly]);
  });
});

describe('platform: stored templates a newer version wrote stay byte for byte', () => {
  it('through reads on any page, save, rename, duplicate, delete and import', async () => {
    await fakeBrowser.storage.local.set({ templates: newer() });
    const before = await fakeBrowser.storage.local.get('templates');
    expect((await platform.loadTemplates(NOW)).templates.map((t) => t.name)).toEqual(['Weekly']);
    const refused = expect.any(NewerVersionError);
    await expect(platform.storeTemplate(templateFromDraft(draft, 'New', NOW, { id: 'n' }))).rejects.toEqual(
      refused,
    );
    await expect(platform.renameStoredTemplate('w', 'Fans', NOW)).rejects.toEqual(refused);
    await expect(platform.duplicateStoredTemplate('w', NOW)).rejects.toEqual(refused);
    await expect(platform.deleteStoredTemplate('w')).rejects.toEqual(refused);
    await expect(platform.importTemplates([], [], NOW)).rejects.toEqual(refused);
    expect(await fakeBrowser.storage.local.get('templates')).toEqual(before);
  });
});
