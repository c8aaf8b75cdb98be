/**
 * The template file as the options page saves it, read from the download (Chromium only: Playwright's
 * download event hands over the saved file, puppeteer's Firefox has none). Importing a file, and the
 * files refused, run in both browsers: flows/template-files.e2e.ts.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import {
  type PushTemplate,
  readTemplateFile,
  TEMPLATE_FILE_FORMAT,
  TEMPLATE_STORE_VERSION,
  templateFileSchema,
} from '../../lib/templates';
import { weeklyTemplate as template } from '../support/templates';
import { type Harness, launch } from './harness';

interface StorageGlobals {
  chrome: { storage: { local: { set(v: object): Promise<void> } } };
}

let harness: Harness;
beforeAll(async () => {
  harness = await launch({ locale: 'en-US', timezoneId: 'Asia/Tokyo' });
});
afterAll(async () => harness?.close());

describe('template files', () => {
  it('exports every template of one browser as one versioned file, which reads back whole', async () => {
    const options = await harness.openExtensionPage('options.html');
    const templates: PushTemplate[] = [
      template(),
      template({ id: 'buyers', name: 'Buyers', type: 'compensation', sendTime: '20:00' }),
    ];
    await options.evaluate(
      ([version, list]) =>
        (globalThis as unknown as StorageGlobals).chrome.storage.local.set({
          templates: { version, templates: list },
        }),
      [TEMPLATE_STORE_VERSION, templates] as const,
    );
    await expect.poll(() => options.locator('[data-qpp="template-name"]').count()).toBe(2);
    const section = options.locator('[data-qpp="templates-transfer"]');
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      section.locator('[data-qpp="templates-export"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^qsm-push-templates-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = await readFile(await download.path(), 'utf8');
    const file = templateFileSchema.parse(JSON.parse(exported));
    expect(file.format).toBe(TEMPLATE_FILE_FORMAT);
    expect(file.templates.map((tpl) => tpl.name)).toEqual(['Weekly fans', 'Buyers']);
    // What an import of this very file reads from it (the import itself: flows/template-files.e2e.ts).
    expect(readTemplateFile(exported, new Date())).toEqual({
      ok: true,
      version: TEMPLATE_STORE_VERSION,
      templates,
    });
    expect(await section.locator('[data-qpp="templates-transfer-status"]').textContent()).toBe(
      t('en', 'templates.export.done', { file: download.suggestedFilename(), n: 2 }),
    );
  });
});
