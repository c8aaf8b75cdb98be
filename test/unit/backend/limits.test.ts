/** Bounded requests to the sandbox (issue 12.5): every list and string has a limit, and a 413 that says it. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_JSON_BYTES } from '../../../backend/app.ts';
import { MAX_CANCEL_IDS, MAX_FIELD_CHARS, MAX_ITEM_IDS } from '../../../backend/form.ts';
import { listPushes } from '../../../backend/store.ts';
import { applyForm, cancelForm, type Sandbox, startSandbox } from './harness.ts';

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await startSandbox();
});
afterEach(() => sandbox.close());

const ids = (n: number) => Array.from({ length: n }, (_, i) => String(900_000 + i));

describe('limits on what one request may carry', () => {
  it(`cancels at most ${MAX_CANCEL_IDS} ids a post, by postback argument or by ticked boxes`, async () => {
    for (const viaCheckboxes of [false, true]) {
      const over = await sandbox.post(sandbox.page('en'), cancelForm(ids(MAX_CANCEL_IDS + 1), viaCheckboxes));
      expect(over.status).toBe(413);
      expect(await over.text()).toContain(`more than ${MAX_CANCEL_IDS} values`);
      // At the limit the post is read: every id is looked up (and here, not found).
      const at = await sandbox.post(sandbox.page('en'), cancelForm(ids(MAX_CANCEL_IDS), viaCheckboxes));
      expect(at.status).toBe(409);
      expect((await at.text()).match(/data-outcome="not-found"/g)).toHaveLength(MAX_CANCEL_IDS);
    }
  });

  it('refuses 800,000 ids at once with a 413 and stays up', async () => {
    const response = await sandbox.post(sandbox.page('en'), cancelForm(ids(800_000)));
    expect(response.status).toBe(413);
    expect((await sandbox.get(sandbox.page('en'))).status).toBe(200);
  });

  it(`refuses more than ${MAX_ITEM_IDS} item ids and an oversized field, applying nothing`, async () => {
    const before = listPushes(sandbox.db, sandbox.shopId).length;
    const items = applyForm({ GoodsMode: 'rdoGoodsManual', hdnGoodsNos: ids(MAX_ITEM_IDS + 1).join(',') });
    const tooMany = await sandbox.post(sandbox.page('en'), items);
    expect(tooMany.status).toBe(413);
    expect(await tooMany.text()).toContain(`more than ${MAX_ITEM_IDS} values in hdnGoodsNos`);
    const long = await sandbox.post(
      sandbox.page('en'),
      applyForm({ txtCouponNo: 'x'.repeat(MAX_FIELD_CHARS + 1) }),
    );
    expect(long.status).toBe(413);
    expect(await long.text()).toContain(`longer than ${MAX_FIELD_CHARS} characters`);
    expect(listPushes(sandbox.db, sandbox.shopId)).toHaveLength(before);
  });

  it(`refuses a sandbox JSON body over ${MAX_JSON_BYTES} bytes and keeps the clock`, async () => {
    const before = await sandbox.json('/__sandbox/clock');
    const response = await sandbox.json('/__sandbox/clock', 'POST', {
      now: '2030-01-01T00:00:00Z',
      padding: 'x'.repeat(MAX_JSON_BYTES),
    });
    expect(response.status).toBe(413);
    expect(JSON.stringify(response.body)).toContain('larger than');
    expect(await sandbox.json('/__sandbox/clock')).toEqual(before);
  });
});
