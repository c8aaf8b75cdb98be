/**
 * Template files and the calendar export on the extension's own pages (Chromium and Firefox): a file
 * written by lib/templates is imported on the options page with the seller's choice for a name they
 * already have, a foreign or newer file is refused with its reason; the popup's calendar export says what it
 * saved. (The downloaded files themselves are read in Chromium: template-files.e2e.ts, calendar.e2e.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../../lib/i18n';
import { type PushTemplate, TEMPLATE_STORE_VERSION, writeTemplateFile } from '../../../lib/templates';
import { weeklyTemplate as template } from '../../support/templates';
import { type Driver, launchDriver, type Tab } from '../driver';
import { field } from './form';

interface StorageGlobals {
  chrome: {
    storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } };
  };
}

/** The templates the options page keeps, as stored. */
function stored(tab: Tab): Promise<PushTemplate[]> {
  return tab.evaluate(async () => {
    const { templates } = await (globalThis as unknown as StorageGlobals).chrome.storage.local.get(
      'templates',
    );
    return (templates as { templates: PushTemplate[] }).templates;
  });
}

const namesAndTimes = (templates: PushTemplate[]) => templates.map((tpl) => [tpl.name, tpl.sendTime]);

let browser: Driver;
beforeAll(async () => {
  browser = await launchDriver({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
});
afterAll(async () => browser?.close());

describe('template files on the options page', () => {
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

describe('the calendar export in the popup', () => {
  it('exports the pushes learned from QSM’s history and says so', async () => {
    const qsm = await browser.openFixture('coupon-push.zh');
    await qsm.click(field('btnHistory'));
    const popup = await browser.openExtensionPage('popup.html');
    await expect.poll(() => popup.count('[data-qpp="push"]')).toBe(2);
    await popup.click('[data-qpp="calendar-export"]');
    await expect
      .poll(() => popup.text('[data-qpp="calendar-export-status"]'))
      .toMatch(/^已保存 qsm-pushes-\d{4}-\d{2}-\d{2}\.ics（2 条推送）/);
  });
});
