/**
 * Templates that travel, in Chromium: exported from one browser's options page as a file, imported
 * into another browser that already has a template of the same name (the seller chooses to replace
 * it), and a foreign or newer file refused with its reason and nothing changed.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import {
  type PushTemplate,
  TEMPLATE_FILE_FORMAT,
  TEMPLATE_STORE_VERSION,
  templateFileSchema,
} from '../../lib/templates';
import { type Harness, launch } from './harness';

interface StorageGlobals {
  chrome: {
    storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } };
  };
}

function template(over: Partial<PushTemplate>): PushTemplate {
  return {
    id: 'weekly',
    name: 'Weekly fans',
    createdAt: '2026-11-20T10:00:00+09:00',
    updatedAt: '2026-11-21T10:00:00+09:00',
    type: 'ad',
    couponNumber: '1207384',
    items: { mode: 'auto', topN: 8 },
    audience: { lastDays: 30 },
    sendTime: '15:30',
    sendDay: { kind: 'offset', days: 2 },
    banner: { enabled: true, link: 'item' },
    ...over,
  };
}

async function setTemplates(page: Page, templates: PushTemplate[]) {
  await page.evaluate(
    ([version, list]) =>
      (globalThis as unknown as StorageGlobals).chrome.storage.local.set({
        templates: { version, templates: list },
      }),
    [TEMPLATE_STORE_VERSION, templates] as const,
  );
}

async function storedTemplates(page: Page): Promise<PushTemplate[]> {
  return page.evaluate(async () => {
    const { templates } = await (globalThis as unknown as StorageGlobals).chrome.storage.local.get(
      'templates',
    );
    return (templates as { templates: PushTemplate[] }).templates;
  });
}

const harnesses: Harness[] = [];
afterAll(async () => {
  await Promise.all(harnesses.map((h) => h.close()));
});

async function optionsIn(locale: string): Promise<Page> {
  const harness = await launch({ locale, timezoneId: 'Asia/Tokyo' });
  harnesses.push(harness);
  return harness.openExtensionPage('options.html');
}

const section = (page: Page) => page.locator('[data-qpp="templates-transfer"]');

describe('template files', () => {
  let exported = '';

  it('exports every template of one browser as one versioned file', async () => {
    const options = await optionsIn('en-US');
    await setTemplates(options, [
      template({}),
      template({ id: 'buyers', name: 'Buyers', type: 'compensation', sendTime: '20:00' }),
    ]);
    await expect.poll(() => options.locator('[data-qpp="template-name"]').count()).toBe(2);
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      section(options).locator('[data-qpp="templates-export"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^qsm-push-templates-\d{4}-\d{2}-\d{2}\.json$/);
    exported = await readFile(await download.path(), 'utf8');
    const file = templateFileSchema.parse(JSON.parse(exported));
    expect(file.format).toBe(TEMPLATE_FILE_FORMAT);
    expect(file.templates.map((tpl) => tpl.name)).toEqual(['Weekly fans', 'Buyers']);
    expect(await section(options).locator('[data-qpp="templates-transfer-status"]').textContent()).toBe(
      t('en', 'templates.export.done', { file: download.suggestedFilename(), n: 2 }),
    );
  });

  it('imports it into another browser: shows what it adds and replaces, and does as the seller chose', async () => {
    const options = await optionsIn('ja-JP');
    await setTemplates(options, [template({ id: 'mine', name: 'weekly fans', sendTime: '10:00' })]);
    await expect.poll(() => options.locator('[data-qpp="template-name"]').count()).toBe(1);
    const before = await storedTemplates(options);
    const input = section(options).locator('[data-qpp="templates-import"]');

    // A foreign file and a newer one are refused with their reason; nothing changes.
    await input.setInputFiles({
      name: 'orders.json',
      mimeType: 'application/json',
      buffer: Buffer.from('[1,2]'),
    });
    const error = section(options).locator('[data-qpp="templates-import-error"]');
    await expect.poll(() => error.getAttribute('data-reason')).toBe('foreign');
    const newer = JSON.stringify({ ...JSON.parse(exported), version: TEMPLATE_STORE_VERSION + 1 });
    await input.setInputFiles({ name: 'new.json', mimeType: 'application/json', buffer: Buffer.from(newer) });
    await expect.poll(() => error.getAttribute('data-reason')).toBe('newer');
    expect(await error.textContent()).toContain(
      t('ja', 'templates.import.refused.newer', {
        version: TEMPLATE_STORE_VERSION + 1,
        supported: TEMPLATE_STORE_VERSION,
      }),
    );
    expect(await storedTemplates(options)).toEqual(before);

    await input.setInputFiles({
      name: 'mine.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported),
    });
    const preview = section(options).locator('[data-qpp="templates-import-preview"]');
    await expect.poll(() => preview.locator('li').count()).toBe(2);
    expect(await preview.locator('li[data-clash="true"]').getAttribute('data-import-name')).toBe(
      'Weekly fans',
    );
    expect(await preview.locator('li[data-clash="false"]').textContent()).toContain(
      t('ja', 'templates.import.add'),
    );
    expect(await storedTemplates(options)).toEqual(before);
    await preview.locator('li[data-clash="true"] input[value="replace"]').check();
    await preview.locator('[data-qpp="templates-import-confirm"]').click();

    await expect
      .poll(() => section(options).locator('[data-qpp="templates-transfer-status"]').textContent())
      .toBe(t('ja', 'templates.import.done', { added: 1, replaced: 1 }));
    const after = await storedTemplates(options);
    expect(after.map((tpl) => [tpl.name, tpl.sendTime])).toEqual([
      ['Weekly fans', '15:30'],
      ['Buyers', '20:00'],
    ]);
    // The replaced template keeps its id; the manager lists the import.
    expect(after[0]?.id).toBe('mine');
    await expect
      .poll(() => options.locator('[data-qpp="template-name"]').allTextContents())
      .toEqual(['Weekly fans', 'Buyers']);
  });
});
