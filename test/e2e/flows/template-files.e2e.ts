/**
 * Template files on the options page (Chromium and Firefox): every template exported as one versioned
 * file, read back from the saved download; a file written by lib/templates imported with the seller's
 * choice for a name they already have; a foreign or newer file refused with its reason.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../../lib/i18n';
import {
  type PushTemplate,
  readTemplateFile,
  TEMPLATE_FILE_FORMAT,
  TEMPLATE_STORE_VERSION,
  templateFileSchema,
  writeTemplateFile,
} from '../../../lib/templates';
import { weeklyTemplate as template } from '../../support/templates';
import { type Driver, launchDriver, type Tab } from '../driver';
import { storedAt } from './extension';

interface StorageGlobals {
  chrome: { storage: { local: { set(v: object): Promise<void> } } };
}

/** The templates the options page keeps, as stored. */
async function stored(tab: Tab): Promise<PushTemplate[]> {
  return ((await storedAt(tab, 'templates')) as { templates: PushTemplate[] }).templates;
}

const namesAndTimes = (templates: PushTemplate[]) => templates.map((tpl) => [tpl.name, tpl.sendTime]);

let browser: Driver;
beforeAll(async () => {
  browser = await launchDriver({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
});
afterAll(async () => browser?.close());

describe('template files on the options page', () => {
  it('exports every template of one browser as one versioned file, which reads back whole', async () => {
    const options = await browser.openExtensionPage('options.html');
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
    await expect.poll(() => options.count('[data-qpp="template-name"]')).toBe(2);
    const saved = await options.download(() =>
      options.click('[data-qpp="templates-transfer"] [data-qpp="templates-export"]'),
    );
    expect(saved.name).toMatch(/^qsm-push-templates-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = saved.bytes.toString('utf8');
    const file = templateFileSchema.parse(JSON.parse(exported));
    expect(file.format).toBe(TEMPLATE_FILE_FORMAT);
    expect(file.templates.map((tpl) => tpl.name)).toEqual(['Weekly fans', 'Buyers']);
    // What an import of this very file reads from it (the import itself: the next test).
    expect(readTemplateFile(exported, new Date())).toEqual({
      ok: true,
      version: TEMPLATE_STORE_VERSION,
      templates,
    });
    expect(await options.text('[data-qpp="templates-transfer"] [data-qpp="templates-transfer-status"]')).toBe(
      t('zh', 'templates.export.done', { file: saved.name, n: 2 }),
    );
  });

  it('imports a file, replacing the template of the same name as the seller chose', async () => {
    const options = await browser.openExtensionPage('options.html');
    await options.evaluate(
      ([version, list]) =>
        (globalThis as unknown as StorageGlobals).chrome.storage.local.set({
          templates: { version, templates: list },
        }),
      [TEMPLATE_STORE_VERSION, [template({ id: 'mine', name: 'weekly fans', sendTime: '10:00' })]] as const,
    );
    await expect.poll(() => options.count('[data-qpp="template-name"]')).toBe(1);
    const input = '[data-qpp="templates-import"]';
    const error = '[data-qpp="templates-import-error"]';

    await options.setFiles(input, [
      { name: 'not-ours.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') },
    ]);
    await expect.poll(() => options.attr(error, 'data-reason')).toBe('foreign');
    expect(await options.text(error)).toBe(
      t('zh', 'templates.import.refused', { reason: t('zh', 'templates.import.refused.foreign') }),
    );
    const before = await stored(options);
    expect(namesAndTimes(before)).toEqual([['weekly fans', '10:00']]);

    const file = writeTemplateFile(
      { templates: [template(), template({ id: 'b', name: '补偿 · 买家', sendTime: '20:00' })] },
      new Date(),
    );
    // A file of a newer version than this extension reads is refused with its reason too.
    const newer = JSON.stringify({ ...JSON.parse(file), version: TEMPLATE_STORE_VERSION + 1 });
    await options.setFiles(input, [
      { name: 'new.json', mimeType: 'application/json', buffer: Buffer.from(newer) },
    ]);
    await expect.poll(() => options.attr(error, 'data-reason')).toBe('newer');
    expect(await options.text(error)).toContain(
      t('zh', 'templates.import.refused.newer', {
        version: TEMPLATE_STORE_VERSION + 1,
        supported: TEMPLATE_STORE_VERSION,
      }),
    );
    expect(await stored(options)).toEqual(before);

    await options.setFiles(input, [
      { name: 'templates.json', mimeType: 'application/json', buffer: Buffer.from(file) },
    ]);
    const preview = '[data-qpp="templates-import-preview"]';
    await expect.poll(() => options.count(`${preview} li`)).toBe(2);
    expect(await options.attrs(`${preview} li`, 'data-clash')).toEqual(['true', 'false']);
    expect(await options.attr(`${preview} li[data-clash="true"]`, 'data-import-name')).toBe('Weekly fans');
    expect(await options.text(`${preview} li[data-clash="false"]`)).toContain(
      t('zh', 'templates.import.add'),
    );
    // Nothing is stored before the seller confirms.
    expect(await stored(options)).toEqual(before);
    await options.click(`${preview} li[data-clash="true"] input[value="replace"]`);
    await options.click('[data-qpp="templates-import-confirm"]');
    await expect
      .poll(() => options.text('[data-qpp="templates-transfer-status"]'))
      .toBe(t('zh', 'templates.import.done', { added: 1, replaced: 1 }));
    const after = await stored(options);
    expect(namesAndTimes(after)).toEqual([
      ['Weekly fans', '15:30'],
      ['补偿 · 买家', '20:00'],
    ]);
    // The replaced template keeps its id; the manager lists the import.
    expect(after[0]?.id).toBe('mine');
    await expect
      .poll(() => options.texts('[data-qpp="template-name"]'))
      .toEqual(['Weekly fans', '补偿 · 买家']);
  });
});
