/**
 * The sandbox over HTTP: the push pages, apply (lib/rules deciding on the server), cancel, and the
 * sandbox endpoints. Over 300 lines: a fresh server per test, every route's answers checked on it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OUTBOX_PAGE } from '../../../backend/app.ts';
import { CHANNELS } from '../../../backend/dispatch.ts';
import { say } from '../../../backend/messages.ts';
import { escapeHtml } from '../../../backend/pages.ts';
import { countFans, findPush, listCoupons, listPushes, pushOrders } from '../../../backend/store.ts';
import { describeFinding } from '../../../lib/rules/index.ts';
import { applyForm, cancelForm, NOW, type Sandbox, serverDataOf, startSandbox } from './harness.ts';

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await startSandbox();
});
afterEach(async () => {
  await sandbox.close();
});

const newestPush = () => listPushes(sandbox.db, sandbox.shopId).sort((a, b) => b.id - a.id)[0];

async function applyOk(overrides: Parameters<typeof applyForm>[0] = {}, lang = 'zh') {
  const response = await sandbox.post(sandbox.page(lang), applyForm(overrides));
  const html = await response.text();
  expect(response.status, html).toBe(200);
  const id = /data-push-id="(\d+)"/.exec(html)?.[1];
  if (!id) throw new Error('no push id on the confirmation page');
  return { id, html };
}

describe('push pages', () => {
  it.each([
    ['zh', 'zh-CN', '申请优惠券推送'],
    ['ja', 'ja', 'クーポンプッシュ申請'],
    ['en', 'en', 'coupon push'],
    ['ko', 'ko', '쿠폰'],
  ])(
    'serves the %s page with the server data from the database and the clock',
    async (lang, htmlLang, title) => {
      const response = await sandbox.get(sandbox.page(lang));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
      const html = await response.text();
      expect(html).toContain(`<html lang="${htmlLang}">`);
      expect(html.toLowerCase()).toContain(title.toLowerCase());
      expect(html).toContain(`action="./coupon-push.${lang}.aspx" enctype="multipart/form-data"`);

      const data = serverDataOf(html) as {
        now: string;
        fans: number;
        shopName: string;
        coupons: { no: string; qstore?: boolean; from: string }[];
        history: { id: string; status: string; sendAt: string }[];
      };
      expect(new Date(data.now).getTime()).toBe(NOW.getTime());
      expect(data.fans).toBe(countFans(sandbox.db, sandbox.shopId, 'all'));
      const coupons = listCoupons(sandbox.db, sandbox.shopId);
      expect(data.coupons.map((c) => c.no)).toEqual(coupons.map((c) => c.number));
      expect(data.coupons.filter((c) => c.qstore).map((c) => c.no)).toEqual(
        coupons.filter((c) => c.qstore_only).map((c) => c.number),
      );
      expect(data.coupons[0]?.from).toMatch(/^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}$/);
      expect(data.history.map((h) => h.id)).toEqual(
        listPushes(sandbox.db, sandbox.shopId).map((p) => String(p.id)),
      );
    },
  );

  it('shows a new application in the history the page renders, and follows the clock', async () => {
    const { id } = await applyOk();
    const later = new Date(NOW.getTime() + 3_600_000);
    await sandbox.json('/__sandbox/clock', 'POST', { now: later.toISOString() });
    const data = serverDataOf(await (await sandbox.get(sandbox.page('ja'))).text()) as {
      now: string;
      history: { id: string; status: string; sendAt: string }[];
    };
    expect(new Date(data.now).getTime()).toBe(later.getTime());
    expect(data.history.find((h) => h.id === id)).toMatchObject({
      status: 'scheduled',
      sendAt: '2026/11/29 14:00',
    });
  });

  it('serves the other fixture page as it is and 404s what does not exist', async () => {
    const other = await sandbox.get('/GMKT.INC.Gsm.Web/other-page.zh.aspx');
    expect(other.status).toBe(200);
    expect(await other.text()).toContain('店铺优惠券管理');
    // The structures of the real portal: its iframe shell, the real-structure page, the upload window.
    for (const path of ['portal.ja', 'coupon-push-real.en', 'Popup/order-upload.zh']) {
      expect((await sandbox.get(`/GMKT.INC.Gsm.Web/${path}.aspx`)).status).toBe(200);
    }
    expect(await (await sandbox.get('/GMKT.INC.Gsm.Web/Popup/order-upload.ja.aspx')).text()).toContain(
      '<title>Qoo10 - QSM</title>',
    );
    expect((await sandbox.get('/GMKT.INC.Gsm.Web/Popup/Popup/order-upload.ja.aspx')).status).toBe(404);
    expect((await sandbox.get('/GMKT.INC.Gsm.Web/coupon-push.fr.aspx')).status).toBe(404);
    expect((await sandbox.get('/GMKT.INC.Gsm.Web/..%2Fpackage.aspx')).status).toBe(404);
    expect((await sandbox.get('/elsewhere')).status).toBe(404);
    // The real-structure page's JSON services answer as a service (the page then fills in its own data).
    const service = await sandbox.post(
      '/GMKT.INC.Gsm.Web/swe_CouponPushBizService.asmx/GetShopCouponList',
      new URLSearchParams(),
      { 'content-type': 'application/json; charset=utf-8' },
    );
    expect([service.status, await service.json()]).toEqual([200, { d: null }]);
    expect(
      (await sandbox.post('/GMKT.INC.Gsm.Web/swe_CouponPushBizService.asmx/../x', new URLSearchParams()))
        .status,
    ).toBe(404);
    expect((await sandbox.get('/GMKT.INC.Gsm.Web/%E0%A4%A.aspx')).status).toBe(400);
    expect((await sandbox.json('/__sandbox/outbox?push=1%20OR%201')).status).toBe(400);
  });
});

describe('apply: lib/rules decide on the server', () => {
  it('stores a valid application as scheduled and answers with a confirmation', async () => {
    const { id, html } = await applyOk();
    const push = findPush(sandbox.db, Number(id));
    expect(push).toMatchObject({
      type: 'ad',
      coupon_number: '1207384',
      send_at: '2026-11-29T14:00:00+09:00',
      status: 'scheduled',
      audience_from: null,
      items: { mode: 'auto', topN: 4 },
    });
    expect(html).toContain(`<td>${say('zh', 'time.jst', { time: '2026-11-29 14:00' })}</td>`);
    expect(html).toContain(`<td>${say('zh', 'time.jst', { time: '2026-11-28 14:00' })}</td>`); // cancel deadline
    expect(html).toContain('data-result="applied"');
  });

  it('reads the banner link only from its three radios, never from an object’s prototype', async () => {
    const { id } = await applyOk({ BannerLink: 'rdoLinkPlan' });
    expect(findPush(sandbox.db, Number(id))?.banner_link).toBe('special');
    // A later push in another week, posting a prototype member's name as the link.
    const { id: other } = await applyOk({ BannerLink: 'constructor', txtSendDate: '2026/11/30' });
    expect(findPush(sandbox.db, Number(other))?.banner_link).toBe('minishop');
  });

  it.each([
    ['zh', 'coupon-qstore-only', { ddlCoupon: '1207399' }],
    ['ja', 'send-date-out-of-window', { txtSendDate: '2026/12/01' }],
    ['en', 'send-time-out-of-window', { ddlSendTime: '22:30' }],
    ['zh', 'coupon-missing', { ddlCoupon: '9999999' }],
    ['ja', 'type-missing', { PushType: null }],
    ['en', 'items-auto-range', { ddlGoodsTopN: '17' }],
    [
      'zh',
      'audience-period-invalid',
      { RegPeriod: 'rdoRegPeriod', txtRegFrom: '2026/11/20', txtRegTo: '2026/11/01' },
    ],
    ['ja', 'banner-missing', { chkBanner: 'on' }],
  ] as const)('refuses on the %s page with %s and stores nothing', async (lang, code, overrides) => {
    const before = listPushes(sandbox.db, sandbox.shopId).length;
    const response = await sandbox.post(sandbox.page(lang), applyForm(overrides));
    const html = await response.text();
    expect(response.status).toBe(422);
    expect(html).toContain('data-result="refused"');
    expect(html).toContain(escapeHtml(say(lang, 'sandbox.refused.title')));
    expect(html).toContain(`data-server-finding="${code}"`);
    expect(listPushes(sandbox.db, sandbox.shopId)).toHaveLength(before);
    // Still the push form, so the seller can fix it and apply again.
    expect(serverDataOf(html)).toBeTruthy();
  });

  it.each(['zh', 'ja', 'en'] as const)(
    'lists the findings as the catalogue words them in %s',
    async (lang) => {
      const html = await (
        await sandbox.post(sandbox.page(lang), applyForm({ PushType: null, ddlCoupon: '' }))
      ).text();
      const listed = [...html.matchAll(/<li data-server-finding="([^"]+)">([^<]*)<\/li>/g)].map((m) => [
        m[1],
        m[2],
      ]);
      expect(listed).toEqual(
        (['type-missing', 'coupon-missing'] as const).map((code) => [
          code,
          escapeHtml(describeFinding({ code, severity: 'error', field: 'type' }, lang, 'Asia/Tokyo')),
        ]),
      );
    },
  );

  it('puts the posted values back into the refused form, the view state and files left out', async () => {
    const posted = applyForm({
      ddlCoupon: '1207399',
      ddlSendTime: '16:30',
      RegPeriod: 'rdoRegPeriod',
      txtRegFrom: '2026/11/01',
      txtRegTo: '2026/11/20',
    });
    const html = await (await sandbox.post(sandbox.page('zh'), posted)).text();
    const island = /<script type="application\/json" id="qsmPostedForm">([^<]*)<\/script>/.exec(html);
    const values = JSON.parse(island?.[1] ?? '{}') as Record<string, string>;
    const N = 'ctl00$ContentPlaceHolder1$';
    expect(values).toMatchObject({
      [`${N}ddlCoupon`]: '1207399',
      [`${N}ddlSendTime`]: '16:30',
      [`${N}txtRegFrom`]: '2026/11/01',
    });
    expect(Object.keys(values).every((name) => name.startsWith(N))).toBe(true);
    // After the page's own script, so its defaults do not overwrite what the seller posted.
    expect(html.indexOf('id="qsmPostedForm"')).toBeGreaterThan(html.indexOf('var QSM_LABELS'));
    // An accepted application and a plain GET carry no posted values.
    expect(await (await sandbox.get(sandbox.page('zh'))).text()).not.toContain('qsmPostedForm');
  });

  it('refuses a second push in the same week (weekly-limit), whatever the page showed', async () => {
    await applyOk({ txtSendDate: '2026/11/28', ddlSendTime: '10:00' });
    const response = await sandbox.post(sandbox.page('zh'), applyForm({ txtSendDate: '2026/11/29' }));
    expect(response.status).toBe(422);
    expect(await response.text()).toContain('data-server-finding="weekly-limit"');
    // Monday starts a new week in JST.
    await applyOk({ txtSendDate: '2026/11/30', ddlSendTime: '10:00' });
  });

  it('accepts with warnings, and says when the push can never be cancelled', async () => {
    const { html } = await applyOk({ txtSendDate: '2026/11/28', ddlSendTime: '10:00', ddlCoupon: '1207391' });
    expect(html).toContain('data-server-finding="cancel-window-closed"');
    expect(html).toContain('data-server-finding="coupon-ends-soon-after-send"');
    expect(html).toContain('距离发送时间已不足24小时');
  });

  it('counts the fans of the chosen period from the database (audience-empty when none)', async () => {
    const response = await sandbox.post(
      sandbox.page('en'),
      applyForm({
        RegPeriod: 'rdoRegPeriod',
        txtRegFrom: '2010/01/01',
        txtRegTo: '2010/12/31',
        txtFanCount: '500',
      }),
    );
    expect(response.status).toBe(422);
    expect(await response.text()).toContain('data-server-finding="audience-empty"');

    const { id } = await applyOk({
      RegPeriod: 'rdoRegPeriod',
      txtRegFrom: '2026/10/01',
      txtRegTo: '2026/11/27',
    });
    expect(findPush(sandbox.db, Number(id))).toMatchObject({
      audience_from: '2026-10-01',
      audience_to: '2026-11-27',
    });
  });

  it('stores hand-picked goods in the seller’s order, and refuses more than 16', async () => {
    const ids = Array.from({ length: 17 }, (_, i) => String(921676424 + i * 1373));
    const tooMany = await sandbox.post(
      sandbox.page('zh'),
      applyForm({ GoodsMode: 'rdoGoodsManual', ddlGoodsTopN: null, hdnGoodsNos: ids.join(',') }),
    );
    expect(await tooMany.text()).toContain('data-server-finding="items-manual-too-many"');
    const picked = [ids[5], ids[0], ids[9]].join(',');
    const { id } = await applyOk({ GoodsMode: 'rdoGoodsManual', ddlGoodsTopN: null, hdnGoodsNos: picked });
    expect(findPush(sandbox.db, Number(id))?.items).toEqual({ mode: 'manual', itemIds: picked.split(',') });
  });

  it('keeps only the ticked orders that are orders of this shop for a compensation push', async () => {
    const compensation = (orders: string[]) =>
      applyForm({
        PushType: 'rdoTypeComp',
        ...Object.fromEntries(orders.map((no, i) => [`rptBuyers$ctl0${i}$chkBuyer`, no])),
      });
    const none = await sandbox.post(sandbox.page('zh'), compensation([]));
    expect(await none.text()).toContain('data-server-finding="recipients-missing"');
    const strangers = await sandbox.post(sandbox.page('zh'), compensation(['111111111']));
    expect(await strangers.text()).toContain('data-server-finding="recipients-none-selected"');

    const response = await sandbox.post(
      sandbox.page('zh'),
      compensation(['262749755', '111111111', '262749757']),
    );
    expect(response.status).toBe(200);
    const push = newestPush();
    expect(push?.type).toBe('compensation');
    expect(pushOrders(sandbox.db, push?.id ?? 0)).toEqual(['262749755', '262749757']);
  });

  it('checks a posted banner by its bytes (multipart)', async () => {
    const png = (width: number, height: number) => {
      const bytes = new Uint8Array(new ArrayBuffer(33));
      bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
      new DataView(bytes.buffer).setUint32(16, width);
      new DataView(bytes.buffer).setUint32(20, height);
      return bytes;
    };
    const form = (bytes: Uint8Array<ArrayBuffer>) => {
      const data = new FormData();
      for (const [name, value] of applyForm({ chkBanner: 'on' })) data.append(name, value);
      data.append(
        'ctl00$ContentPlaceHolder1$fuBanner',
        new Blob([bytes], { type: 'image/png' }),
        'banner.png',
      );
      return data;
    };
    const wrong = await sandbox.post(sandbox.page('ja'), form(png(1200, 240)));
    expect(wrong.status).toBe(422);
    expect(await wrong.text()).toContain('data-server-finding="banner-size"');
    const right = await sandbox.post(sandbox.page('ja'), form(png(1860, 240)));
    expect(right.status).toBe(200);
  });

  it('takes the language from the referring page when posted to CouponPush.aspx', async () => {
    const response = await sandbox.post('/GMKT.INC.Gsm.Web/CouponPush.aspx', applyForm({ PushType: null }), {
      referer: `${sandbox.base}${sandbox.page('en')}`,
    });
    const html = await response.text();
    expect(response.status).toBe(422);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('The push was not applied');
  });
});

describe('cancel: until 24 hours before the send time', () => {
  it('cancels a push before its deadline (postback argument and ticked boxes alike)', async () => {
    const first = await applyOk({ txtSendDate: '2026/11/29' });
    const response = await sandbox.post(sandbox.page('zh'), cancelForm([first.id]));
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain('data-outcome="cancelled"');
    expect(findPush(sandbox.db, Number(first.id))?.status).toBe('cancelled');

    // The week is free again, so another push may be applied and cancelled through its checkbox.
    const second = await applyOk({ txtSendDate: '2026/11/29', ddlSendTime: '20:00' });
    const again = await sandbox.post(sandbox.page('ja'), cancelForm([second.id], true));
    expect(again.status).toBe(200);
    expect(findPush(sandbox.db, Number(second.id))?.status).toBe('cancelled');
  });

  it('refuses at and after the deadline, with the deadline in the message', async () => {
    const { id } = await applyOk({ txtSendDate: '2026/11/29', ddlSendTime: '14:00' });
    await sandbox.json('/__sandbox/clock', 'POST', { now: '2026-11-28T14:00:00+09:00' });
    const response = await sandbox.post(sandbox.page('en'), cancelForm([id]));
    const html = await response.text();
    expect(response.status).toBe(409);
    expect(html).toContain('data-outcome="too-late"');
    expect(html).toContain('2026-11-28 14:00 JST');
    expect(findPush(sandbox.db, Number(id))?.status).toBe('scheduled');

    await sandbox.json('/__sandbox/clock', 'POST', { now: '2026-11-28T13:59:00+09:00' });
    expect((await sandbox.post(sandbox.page('en'), cancelForm([id]))).status).toBe(200);
    expect(findPush(sandbox.db, Number(id))?.status).toBe('cancelled');
  });

  it('refuses pushes that are not scheduled, unknown ids and an empty selection', async () => {
    const sent = listPushes(sandbox.db, sandbox.shopId).find((push) => push.status === 'sent');
    const response = await sandbox.post(sandbox.page('zh'), cancelForm([String(sent?.id), '42', 'abc']));
    const html = await response.text();
    expect(response.status).toBe(409);
    expect(html.match(/data-outcome="not-scheduled"/g)).toHaveLength(1);
    expect(html.match(/data-outcome="not-found"/g)).toHaveLength(2);
    expect(findPush(sandbox.db, sent?.id ?? 0)?.status).toBe('sent');
    const empty = await sandbox.post(sandbox.page('zh'), cancelForm([]));
    expect(await empty.text()).toContain('data-outcome="none"');
  });
});

describe('sandbox endpoints', () => {
  it('sets and reads the clock, and rejects a clock that is no instant', async () => {
    expect((await sandbox.json('/__sandbox/clock')).body).toEqual({ now: '2026-11-27T12:00:00+09:00' });
    const set = await sandbox.json('/__sandbox/clock', 'POST', { now: '2026-11-29T05:00:00Z' });
    expect(set.body).toEqual({ now: '2026-11-29T14:00:00+09:00' });
    expect((await sandbox.json('/__sandbox/clock', 'POST', { now: 'tomorrow' })).status).toBe(400);
    expect((await sandbox.json('/__sandbox/clock', 'POST', {})).status).toBe(400);
    expect((await sandbox.json('/__sandbox/clock')).body).toEqual({ now: '2026-11-29T14:00:00+09:00' });
    expect((await sandbox.json('/__sandbox/dispatch')).status).toBe(405);
  });

  it('resets to the demo shop, relative to the instant given', async () => {
    await applyOk();
    const reset = await sandbox.json('/__sandbox/reset', 'POST', { now: '2026-12-10T09:00:00+09:00' });
    expect(reset).toEqual({ status: 200, body: { now: '2026-12-10T09:00:00+09:00' } });
    expect((await sandbox.json('/__sandbox/reset', 'POST', { now: 'tomorrow' })).status).toBe(400);
    const pushes = listPushes(sandbox.db, sandbox.shopId);
    expect(pushes.every((push) => push.status !== 'scheduled')).toBe(true);
    const coupon = listCoupons(sandbox.db, sandbox.shopId).find((c) => c.number === '1207384');
    expect(coupon?.valid_from).toBe('2026-12-05T00:00:00+09:00');
  });

  it('dispatches at the send time on request and shows the outbox', async () => {
    const { id } = await applyOk({ txtSendDate: '2026/11/29', ddlSendTime: '14:00' });
    expect((await sandbox.json('/__sandbox/dispatch', 'POST')).body).toEqual({ sent: [], added: 0 });
    await sandbox.json('/__sandbox/clock', 'POST', { now: '2026-11-29T14:00:00+09:00' });
    const report = (await sandbox.json('/__sandbox/dispatch', 'POST')).body as {
      sent: { id: string; recipients: number }[];
      added: number;
    };
    expect(report.sent).toEqual([{ id, recipients: expect.any(Number) }]);
    const recipients = report.sent[0]?.recipients ?? 0;
    expect(recipients).toBeGreaterThan(0);
    expect(report.added).toBe(recipients * CHANNELS.length);
    const outbox = (await sandbox.json(`/__sandbox/outbox?push=${id}`)).body as {
      messages: { channel: string }[];
    };
    expect(outbox.messages).toHaveLength(report.added);
    const pushes = (await sandbox.json('/__sandbox/pushes')).body as {
      pushes: { id: string; status: string }[];
    };
    expect(pushes.pushes.find((push) => push.id === id)?.status).toBe('sent');
  });

  it('pages the outbox by a cursor, and says the limit of a page it refuses', async () => {
    await applyOk({ txtSendDate: '2026/11/29', ddlSendTime: '14:00' });
    await sandbox.json('/__sandbox/clock', 'POST', { now: '2026-11-29T14:00:00+09:00' });
    const { added } = (await sandbox.json('/__sandbox/dispatch', 'POST')).body as { added: number };
    type Page = { messages: { id: number }[]; next: number | null };
    const whole = (await sandbox.json('/__sandbox/outbox')).body as Page;
    expect(whole.messages).toHaveLength(added);
    expect(whole.next).toBeNull();
    const paged: number[] = [];
    let pages = 0;
    for (let after: number | null = 0; typeof after === 'number'; pages++) {
      const page = (await sandbox.json(`/__sandbox/outbox?limit=7&after=${after}`)).body as Page;
      expect(page.messages.length).toBeLessThanOrEqual(7);
      paged.push(...page.messages.map((message) => message.id));
      after = page.next;
    }
    expect(paged).toEqual(whole.messages.map((message) => message.id));
    expect(pages).toBe(Math.ceil(added / 7));
    for (const query of [`limit=${OUTBOX_PAGE + 1}`, 'limit=0', 'after=-1', 'after=1e3']) {
      const refused = await sandbox.json(`/__sandbox/outbox?${query}`);
      expect(refused.status, query).toBe(400);
      expect(JSON.stringify(refused.body), query).toMatch(
        query.startsWith('limit') ? `from 1 to ${OUTBOX_PAGE}` : 'after must be',
      );
    }
  });
});
