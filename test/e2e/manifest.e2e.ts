import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extensionDir } from './harness';

/** The built manifest is what sellers install: it must ask for nothing beyond what the README justifies. */
describe('the built Chrome manifest', () => {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));

  it('asks only for storage, alarms, notifications and QSM’s host', () => {
    expect(manifest.manifest_version).toBe(3);
    expect([...manifest.permissions].sort()).toEqual(['alarms', 'notifications', 'storage']);
    expect(manifest.host_permissions).toEqual(['https://qsm.qoo10.jp/*']);
    expect(manifest.optional_permissions).toBeUndefined();
  });

  it('injects only into QSM, and exposes only the converter page to it', () => {
    for (const script of manifest.content_scripts) expect(script.matches).toEqual(['https://qsm.qoo10.jp/*']);
    expect(manifest.web_accessible_resources).toEqual([
      { resources: ['converter.html'], matches: ['https://qsm.qoo10.jp/*'] },
    ]);
  });

  it('loads no remote code: no external script sources in the content security policy', () => {
    expect(JSON.stringify(manifest.content_security_policy ?? {})).not.toMatch(/https?:/);
  });
});
