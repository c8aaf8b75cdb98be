import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languages, messageTable } from '../../lib/i18n';
import { extensionDir } from './harness';

const firefoxExtensionDir = join(extensionDir, '../firefox-mv3');

/** The built manifests are what sellers install: they must ask for nothing beyond what the README justifies. */
describe.each([
  ['Chrome', extensionDir],
  ['Firefox', firefoxExtensionDir],
])('the built %s manifest', (_browser, dir) => {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

  it('is Manifest V3 and asks only for storage, alarms, notifications and QSM’s host', () => {
    expect(manifest.manifest_version).toBe(3);
    expect([...manifest.permissions].sort()).toEqual(['alarms', 'notifications', 'storage']);
    expect(manifest.host_permissions).toEqual(['https://qsm.qoo10.jp/*']);
    expect(manifest.optional_permissions).toBeUndefined();
  });

  it('injects only the loader, only into QSM, and exposes only the frames, the features and their messages to it', () => {
    expect(manifest.content_scripts).toEqual([
      {
        matches: ['https://qsm.qoo10.jp/*'],
        all_frames: true,
        run_at: 'document_idle',
        js: ['qsm-loader.js'],
      },
    ]);
    expect(manifest.web_accessible_resources).toEqual([
      {
        resources: [
          'converter.html',
          'banner-fit.html',
          'qsm-features.js',
          'qsm-collect.js',
          'i18n/zh.json',
          'i18n/ja.json',
          'i18n/en.json',
          'i18n/ko.json',
        ],
        matches: ['https://qsm.qoo10.jp/*'],
      },
    ]);
  });

  it('ships each language’s messages for the page features, ko over English, and no catalogue in them', () => {
    for (const lang of languages) {
      expect(JSON.parse(readFileSync(join(dir, 'i18n', `${lang}.json`), 'utf8')), lang).toEqual(
        messageTable(lang),
      );
    }
    const features = readFileSync(join(dir, 'qsm-features.js'), 'utf8');
    for (const lang of languages) {
      expect(features, `${lang} messages in the features`).not.toContain(
        messageTable(lang)['finding.weekly-limit.title'],
      );
    }
  });

  it('loads no remote code: no external script sources in the content security policy', () => {
    expect(JSON.stringify(manifest.content_security_policy ?? {})).not.toMatch(/https?:/);
  });
});

describe('the built Firefox manifest', () => {
  const manifest = JSON.parse(readFileSync(join(firefoxExtensionDir, 'manifest.json'), 'utf8'));

  it('names the add-on, the lowest Firefox the tests ran on, and collects no data', () => {
    expect(manifest.browser_specific_settings.gecko).toEqual({
      id: 'qsm-push-pilot@qpp.dev',
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    });
  });
});
