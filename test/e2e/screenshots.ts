/**
 * Screenshots for the README and the store listing, written only on purpose (`npm run screenshots`,
 * which sets QPP_SCREENSHOTS=1): an ordinary e2e run leaves docs/ untouched, so it never dirties the
 * tree or blocks a merge.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Page } from 'playwright-core';

export const screenshotsWanted = process.env.QPP_SCREENSHOTS === '1';

/** Writes `page` to `path` (under docs/) when screenshots are wanted; otherwise does nothing. */
export async function screenshot(page: Page, path: string): Promise<void> {
  if (!screenshotsWanted) return;
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path });
}
