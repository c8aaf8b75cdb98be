import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { png, webp } from '../support/images';
import { field, fillValidAdPush } from './form';
import { type Harness, launch } from './harness';

describe('the banner check reads the picked file itself', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launch({ locale: 'en-US' });
    harness.setServerData({ history: [] });
  });
  afterAll(async () => harness?.close());

  it('tells 1861×240 from 1860×240 and rejects a WebP, without uploading anything', async () => {
    const page = await harness.openFixture('coupon-push.en');
    await fillValidAdPush(page);
    await page.check(field('chkBanner'));
    const findings = page.locator('[data-qpp="panel"] [data-finding]');
    // Ticking the box is not yet "no image": that waits until the seller moves on or presses 申请.
    const status = page.locator('[data-qpp="panel"] [data-qpp="status"]');
    await expect.poll(() => status.textContent()).toBe(t('en', 'panel.pending', { n: 1 }));
    expect(await findings.count()).toBe(0);

    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const upload = (name: string, mimeType: string, buffer: Buffer) =>
      page.setInputFiles(field('fuBanner'), { name, mimeType, buffer });

    await upload('banner.png', 'image/png', png(1861, 240));
    await expect.poll(() => findings.getAttribute('data-finding')).toBe('banner-size');
    expect(await page.locator('[data-qpp="panel"] [data-draft="banner"]').textContent()).toContain(
      '1861 × 240 px',
    );

    // The file name and the browser's guess do not count: the bytes do.
    await upload('banner.png', 'image/png', webp());
    await expect.poll(() => findings.getAttribute('data-finding')).toBe('banner-format');

    await upload('banner.png', 'image/png', png(1860, 240));
    await expect.poll(() => findings.count()).toBe(0);

    // Reading the file happened in the page; nothing left for any server.
    expect(requests).toEqual([]);
  });
});
