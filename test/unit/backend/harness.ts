/** Starts the sandbox QSM on an ephemeral port with a frozen clock, for tests that talk HTTP to it. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DatabaseSync } from 'node:sqlite';
import { createApp } from '../../../backend/app.ts';
import { type Clock, createClock } from '../../../backend/clock.ts';
import { openDatabase, seedDemo } from '../../../backend/db.ts';

export interface Sandbox {
  base: string;
  db: DatabaseSync;
  clock: Clock;
  shopId: string;
  page(lang: string): string;
  get(path: string): Promise<Response>;
  post(path: string, body: URLSearchParams | FormData, headers?: Record<string, string>): Promise<Response>;
  json(path: string, method?: 'GET' | 'POST', body?: unknown): Promise<{ status: number; body: unknown }>;
  close(): Promise<void>;
}

/** Friday 2026-11-27 12:00 JST: the send window is Sat 28 .. Mon 30. */
export const NOW = new Date('2026-11-27T12:00:00+09:00');

export async function startSandbox(now = NOW): Promise<Sandbox> {
  const db = openDatabase(':memory:');
  const clock = createClock({ start: now, frozen: true });
  const shopId = seedDemo(db, now);
  const server: Server = createServer(createApp({ db, clock }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  const request = (path: string, init: RequestInit = {}) =>
    fetch(`${base}${path}`, { ...init, redirect: 'manual', signal: AbortSignal.timeout(5000) });
  return {
    base,
    db,
    clock,
    shopId,
    page: (lang) => `/GMKT.INC.Gsm.Web/coupon-push.${lang}.aspx`,
    get: (path) => request(path),
    post: (path, body, headers = {}) => request(path, { method: 'POST', body, headers }),
    async json(path, method = 'GET', body) {
      const response = await request(path, {
        method,
        ...(body === undefined
          ? {}
          : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
      });
      return { status: response.status, body: await response.json() };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          db.close();
          resolve();
        });
      }),
  };
}

const N = 'ctl00$ContentPlaceHolder1$';

/** What the push form posts for a valid ad push (fixture field names), with overrides by control id. */
export function applyForm(overrides: Record<string, string | string[] | null> = {}): URLSearchParams {
  const fields: Record<string, string | string[] | null> = {
    PushType: 'rdoTypeAd',
    ddlCoupon: '1207384',
    txtCouponNo: '1207384',
    GoodsMode: 'rdoGoodsAuto',
    ddlGoodsTopN: '4',
    hdnGoodsNos: '',
    txtFanCount: '36212',
    RegPeriod: 'rdoRegAll',
    txtSendDate: '2026/11/29',
    ddlSendTime: '14:00',
    BannerLink: 'rdoLinkMinishop',
    btnApply: '申请',
    ...overrides,
  };
  const form = new URLSearchParams({ __EVENTTARGET: '', __EVENTARGUMENT: '', __VIEWSTATE: 'x' });
  for (const [id, value] of Object.entries(fields)) {
    if (value === null) continue;
    for (const one of Array.isArray(value) ? value : [value]) form.append(`${N}${id}`, one);
  }
  return form;
}

/** The history dialog's 取消发送 the way the fixture posts it (__doPostBack with the ids). */
export function cancelForm(ids: string[], viaCheckboxes = false): URLSearchParams {
  const form = new URLSearchParams({ __VIEWSTATE: 'x' });
  if (viaCheckboxes) {
    form.append(`${N}btnCancelPush`, '取消发送');
    ids.forEach((id, i) => {
      form.append(`${N}rptCancel$ctl${String(i).padStart(2, '0')}$chkSelect`, id);
    });
  } else {
    form.append('__EVENTTARGET', `${N}btnCancelPush`);
    form.append('__EVENTARGUMENT', ids.join(','));
  }
  return form;
}

/** The JSON the page's script reads, parsed out of the served HTML. */
export function serverDataOf(html: string): unknown {
  const match = /<script type="application\/json" id="qsmServerData">([\s\S]*?)<\/script>/.exec(html);
  if (!match?.[1]) throw new Error('no qsmServerData island');
  return JSON.parse(match[1]);
}
