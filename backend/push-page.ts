/**
 * The sandbox's coupon push page: rendered in zh/ja/en/ko with data from the database, and its own
 * posts (apply, cancel) decided server-side by lib/rules in one write transaction each.
 */
import type { ServerResponse } from 'node:http';
import type { DatabaseSync } from 'node:sqlite';
import { checkPush } from '../lib/rules/index.ts';
import type { Finding } from '../lib/schema.ts';
import { cancelDeadline, sendAtOf, toJstIso } from '../lib/time/jst.ts';
import type { Clock } from './clock.ts';
import { inTransaction } from './db.ts';
import { cancelIds, FIELD_PREFIX, readApplication } from './form.ts';
import { HttpError, sendHtml } from './http.ts';
import { messageLang, type PageLang, say } from './messages.ts';
import {
  confirmationPage,
  findingLines,
  jstText,
  type Notice,
  postedControls,
  pushPage,
  readFixture,
  type ServerData,
} from './pages.ts';
import { qsmDate, qsmDateTime } from './qsm-format.ts';
import {
  countFans,
  countRecipients,
  findPush,
  insertPush,
  listCoupons,
  listPushes,
  type Shop,
  toPushRecord,
} from './store.ts';

export interface PushPageContext {
  db: DatabaseSync;
  clock: Clock;
  /** The signed-in shop; throws a 503 when there is none. */
  shop: () => Shop;
  fixturesDir: string;
  /** The fixtures' page.css, for the confirmation page. */
  css: string;
}

/** The push page: `render` shows it (with a notice and the posted values), `apply` and `cancel` answer its posts. */
export function createPushPage({ db, clock, shop, fixturesDir, css }: PushPageContext) {
  function serverData(current: Shop): ServerData {
    const pushes = listPushes(db, current.id);
    return {
      now: toJstIso(clock.now()),
      shopName: current.name,
      fans: countFans(db, current.id, 'all'),
      coupons: listCoupons(db, current.id).map((coupon) => ({
        no: coupon.number,
        name: coupon.name,
        ...(coupon.rate !== null ? { rate: coupon.rate } : { yen: coupon.yen ?? 0 }),
        min: coupon.min_purchase.toLocaleString('ja-JP'),
        from: qsmDateTime(coupon.valid_from),
        to: qsmDateTime(coupon.valid_to),
        ...(coupon.qstore_only ? { qstore: true } : {}),
      })),
      history: pushes.map((push) => ({
        id: String(push.id),
        couponNo: push.coupon_number,
        type: push.type,
        sendAt: qsmDateTime(push.send_at),
        status: push.status,
        registered: qsmDate(push.created_at),
        recipients: push.recipients ?? (push.status === 'scheduled' ? countRecipients(db, push) : 0),
      })),
    };
  }

  function renderPushPage(lang: PageLang, notice: Notice | null, posted: FormData | null = null): string {
    const template = readFixture(`coupon-push.${lang}`, fixturesDir);
    if (!template) throw new HttpError(404, say(messageLang(lang), 'sandbox.error.notFound', { path: lang }));
    const values = posted ? postedControls(posted, FIELD_PREFIX) : null;
    return pushPage(template, lang, serverData(shop()), notice, values);
  }

  async function apply(lang: PageLang, form: FormData, response: ServerResponse): Promise<void> {
    const current = shop();
    const words = messageLang(lang);
    const { draft, period, orders } = await readApplication(form, db, current.id);
    const now = clock.now();
    // Check and store in one write transaction: two applications cannot both take the same week.
    const outcome = inTransaction(db, (): { findings: Finding[]; id: number | null } => {
      const history = listPushes(db, current.id).map((push) => toPushRecord(push, current.name));
      const findings = checkPush(draft, { now, history });
      const sendAt = sendAtOf(draft);
      if (
        findings.some((finding) => finding.severity === 'error') ||
        !draft.type ||
        !draft.coupon ||
        !sendAt
      ) {
        return { findings, id: null };
      }
      const id = insertPush(db, {
        shopId: current.id,
        couponNumber: draft.coupon.number,
        type: draft.type,
        sendAt: toJstIso(sendAt),
        period,
        items: draft.items,
        bannerLink: draft.banner.link,
        orderNumbers: draft.type === 'compensation' ? orders : [],
        createdAt: toJstIso(now),
      });
      return { findings, id };
    });
    const stored = outcome.id === null ? null : findPush(db, outcome.id);
    if (!stored || !draft.coupon) {
      const errors = outcome.findings.filter((finding) => finding.severity === 'error');
      sendHtml(
        response,
        422,
        renderPushPage(
          lang,
          {
            kind: 'refused',
            title: say(words, 'sandbox.refused.title'),
            lead: say(words, 'sandbox.refused.lead'),
            lines: findingLines(errors, words),
          },
          form,
        ),
      );
      return;
    }
    const deadline = cancelDeadline(new Date(stored.send_at));
    sendHtml(
      response,
      200,
      confirmationPage(lang, css, {
        id: String(stored.id),
        type: stored.type,
        couponNumber: stored.coupon_number,
        couponLabel: draft.coupon.label ?? '',
        sendAt: stored.send_at,
        cancelDeadline: toJstIso(deadline),
        cancellable: now < deadline,
        recipients: countRecipients(db, stored),
        warnings: outcome.findings.filter((finding) => finding.severity !== 'error'),
      }),
    );
  }

  function cancel(lang: PageLang, form: FormData, response: ServerResponse): void {
    const current = shop();
    const words = messageLang(lang);
    const ids = cancelIds(form);
    const now = clock.now();
    const lines: Notice['lines'] = inTransaction(db, () =>
      ids.map((id) => {
        const push = /^\d+$/.test(id) ? findPush(db, Number(id)) : null;
        if (!push || push.shop_id !== current.id) {
          return { text: say(words, 'sandbox.cancel.notFound', { id }), outcome: 'not-found' };
        }
        if (push.status !== 'scheduled') {
          const status = say(words, `pushes.status.${push.status}`);
          return {
            text: say(words, 'sandbox.cancel.notScheduled', { id, status }),
            outcome: 'not-scheduled',
          };
        }
        const deadline = cancelDeadline(new Date(push.send_at));
        if (now >= deadline) {
          return {
            text: say(words, 'sandbox.cancel.tooLate', { id, deadline: jstText(words, deadline) }),
            outcome: 'too-late',
          };
        }
        db.prepare(
          "UPDATE pushes SET status = 'cancelled', cancelled_at = ? WHERE id = ? AND status = 'scheduled'",
        ).run(toJstIso(now), push.id);
        const sendAt = jstText(words, push.send_at);
        return {
          text: say(words, 'sandbox.cancel.done', { id, coupon: push.coupon_number, sendAt }),
          outcome: 'cancelled',
        };
      }),
    );
    if (!lines.length) lines.push({ text: say(words, 'sandbox.cancel.none'), outcome: 'none' });
    const refused = lines.some((line) => line.outcome !== 'cancelled');
    sendHtml(
      response,
      refused ? 409 : 200,
      renderPushPage(lang, { kind: 'cancel', title: say(words, 'sandbox.cancel.title'), lines }),
    );
  }

  return { render: renderPushPage, apply, cancel };
}
