/**
 * The footprint bench's 配送管理 with a 500-row grid: the ja fixture (test/fixtures/qsm/Delivery) with
 * 500 orders under its first counter, all on one page, answered at once; and a refill as the seller
 * causes one (the counter clicked again: QSM's script replaces every row), timed by the caller.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { fixturesDir, QSM_BASE } from '../test/e2e/qsm-host';

export const DELIVERY_PAGE = `${QSM_BASE}Delivery/DeliveryManagement.ja.aspx`;
export const DELIVERY_ROWS = 500;

export function deliveryPage(rows = DELIVERY_ROWS): string {
  const orders = Array.from({ length: rows }, (_, i) => ({ no: String(262_700_000 + i * 17), status: 0 }));
  const data = { orders, pageSize: rows, service: 'local', serviceDelay: 0 };
  return readFileSync(join(fixturesDir, 'Delivery/DeliveryManagement.ja.html'), 'utf8').replace(
    '<script type="application/json" id="qsmServerData">{}</script>',
    () => `<script type="application/json" id="qsmServerData">${JSON.stringify(data)}</script>`,
  );
}

/** Waits until the grid shows its rows (the first fill arrives a task after load). */
export async function gridFilled(page: Page, rows = DELIVERY_ROWS): Promise<void> {
  await page.waitForFunction(
    (n) => document.querySelectorAll('#__grid_goods_grid .objbox tr[idd]').length === n,
    rows,
  );
}

/** One refill: the first counter clicked, every row replaced, then two frames for whatever follows it. */
export async function refill(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        document.getElementById('txt_shipping_type_registered')?.click();
        // The page answers after a 0 ms timer; the extension reads on the next animation frame.
        setTimeout(
          () => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 20))),
          5,
        );
      }),
  );
}
