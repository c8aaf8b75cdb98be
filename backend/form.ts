/**
 * What the push form posts (its WebForms field names, see test/fixtures/qsm/build.mjs), read into a
 * PushDraft the way QSM's server would: the coupon, the fan count and the buyers come from the
 * database, not from what the page displayed, because the server is the authority.
 */
import type { DatabaseSync } from 'node:sqlite';
import { sniffImage } from '../lib/banner/image.ts';
import type { PushDraft } from '../lib/schema.ts';
import { isoDateOf } from './qsm-format.ts';
import { countFans, draftCoupon, findCoupon, knownOrders, type Period } from './store.ts';

/** WebForms names a control inside the content placeholder `ctl00$ContentPlaceHolder1$<id>`. */
export const FIELD_PREFIX = 'ctl00$ContentPlaceHolder1$';
export const field = (id: string): string => `${FIELD_PREFIX}${id}`;

const BUYER_BOX = /^ctl00\$ContentPlaceHolder1\$rptBuyers\$ctl\d+\$chkBuyer$/;
const CANCEL_BOX = /^ctl00\$ContentPlaceHolder1\$rptCancel\$ctl\d+\$chkSelect$/;
export const CANCEL_TARGET = field('btnCancelPush');

function text(form: FormData, id: string): string | null {
  const value = form.get(field(id));
  return typeof value === 'string' ? value : null;
}

function textsMatching(form: FormData, name: RegExp): string[] {
  const out: string[] = [];
  for (const [key, value] of form.entries()) {
    if (name.test(key) && typeof value === 'string' && value.trim()) out.push(value.trim());
  }
  return out;
}

const unique = (values: readonly string[]) => [...new Set(values)];

/**
 * Ids one cancel post may name. QSM's history dialog cancels the ticked rows of one page of its
 * cancel tab, and a shop pushes at most once a week, so a real post names a handful; 50 leaves room.
 */
export const MAX_CANCEL_IDS = 50;
/** Item numbers a push may list: the rule asks 4 to 16; beyond 100 no form could have posted it. */
export const MAX_ITEM_IDS = 100;
/** Order numbers (ticked buyers or an uploaded list): the converter's own row limit. */
export const MAX_ORDER_NUMBERS = 200_000;
/** Any other text field (a coupon number, a date, WebForms' own fields). */
export const MAX_FIELD_CHARS = 64 * 1024;
/** Fields in one post: the form's own few dozen, plus one checkbox a ticked buyer. */
export const MAX_FIELDS = 1000 + MAX_ORDER_NUMBERS;

/** A post past one of the limits above: what the 413 says. */
export interface FormLimit {
  field: string;
  limit: number;
  kind: 'values' | 'chars';
}

/** True when a comma-separated list holds more than `limit` values; stops counting there. */
function valuesOver(text: string, limit: number): boolean {
  if (!text.trim()) return false;
  let values = 1;
  for (let at = text.indexOf(','); at !== -1; at = text.indexOf(',', at + 1)) {
    if (++values > limit) return true;
  }
  return false;
}

/**
 * The first limit a post exceeds, or null. Checked before anything is read from it, so a post of
 * 800,000 ids costs a scan of its fields, not 800,000 lookups.
 */
export function formLimitExceeded(form: FormData): FormLimit | null {
  let fields = 0;
  let cancelBoxes = 0;
  let buyerBoxes = 0;
  for (const [name, value] of form.entries()) {
    if (++fields > MAX_FIELDS) return { field: 'the form', limit: MAX_FIELDS, kind: 'values' };
    if (CANCEL_BOX.test(name) && ++cancelBoxes > MAX_CANCEL_IDS)
      return { field: 'chkSelect', limit: MAX_CANCEL_IDS, kind: 'values' };
    if (BUYER_BOX.test(name) && ++buyerBoxes > MAX_ORDER_NUMBERS)
      return { field: 'chkBuyer', limit: MAX_ORDER_NUMBERS, kind: 'values' };
    if (typeof value !== 'string') continue;
    if (name === '__EVENTARGUMENT' && valuesOver(value, MAX_CANCEL_IDS))
      return { field: name, limit: MAX_CANCEL_IDS, kind: 'values' };
    if (name === field('hdnGoodsNos') && valuesOver(value, MAX_ITEM_IDS))
      return { field: 'hdnGoodsNos', limit: MAX_ITEM_IDS, kind: 'values' };
    if (name === field('hdnOrderNos')) {
      if (value.length > MAX_ORDER_NUMBERS * 12)
        return { field: 'hdnOrderNos', limit: MAX_ORDER_NUMBERS, kind: 'values' };
      continue;
    }
    if (value.length > MAX_FIELD_CHARS)
      return { field: name.replace(FIELD_PREFIX, ''), limit: MAX_FIELD_CHARS, kind: 'chars' };
  }
  return null;
}

/** True when the post is the history dialog's 取消发送 (a __doPostBack or the button itself). */
export function isCancelPost(form: FormData): boolean {
  return form.get('__EVENTTARGET') === CANCEL_TARGET || form.has(CANCEL_TARGET);
}

/** The push ids a cancel post names: the postback argument (`id,id`) and the ticked chkSelect boxes. */
export function cancelIds(form: FormData): string[] {
  const argument = form.get('__EVENTARGUMENT');
  const fromArgument = typeof argument === 'string' ? argument.split(',') : [];
  return unique([...fromArgument, ...textsMatching(form, CANCEL_BOX)].map((id) => id.trim()).filter(Boolean));
}

export interface Application {
  draft: PushDraft;
  period: Period;
  /** The ticked order numbers that are orders of this shop, in the page's order. */
  orders: string[];
}

async function bannerImage(form: FormData): Promise<PushDraft['banner']['image']> {
  const upload = form.get(field('fuBanner'));
  // A urlencoded post carries only the file's name, never its bytes: no image reached the server.
  if (upload === null || typeof upload === 'string' || upload.size === 0) return null;
  const bytes = new Uint8Array(await upload.arrayBuffer());
  const info = sniffImage(bytes) ?? { type: 'application/octet-stream', width: 0, height: 0 };
  return { ...info, bytes: bytes.length };
}

// A Map, not an object literal: a posted value such as `constructor` must not find a prototype member.
const LINKS = new Map<string, PushDraft['banner']['link']>([
  ['rdoLinkMinishop', 'minishop'],
  ['rdoLinkGoods', 'item'],
  ['rdoLinkPlan', 'special'],
]);

/** Reads a posted application for `shopId` into a draft for checkPush. */
export async function readApplication(
  form: FormData,
  db: DatabaseSync,
  shopId: string,
): Promise<Application> {
  const pushType = text(form, 'PushType');
  const type = pushType === 'rdoTypeAd' ? 'ad' : pushType === 'rdoTypeComp' ? 'compensation' : null;

  const couponNumber = text(form, 'ddlCoupon')?.trim() ?? '';
  const coupon = couponNumber ? findCoupon(db, shopId, couponNumber) : null;

  const items: PushDraft['items'] =
    text(form, 'GoodsMode') === 'rdoGoodsManual'
      ? {
          mode: 'manual',
          itemIds: (text(form, 'hdnGoodsNos') ?? '')
            .split(',')
            .map((id) => id.trim())
            .filter(Boolean),
        }
      : { mode: 'auto', topN: Number.parseInt(text(form, 'ddlGoodsTopN') ?? '', 10) || 0 };

  const period: Period =
    text(form, 'RegPeriod') === 'rdoRegPeriod'
      ? { from: isoDateOf(text(form, 'txtRegFrom') ?? ''), to: isoDateOf(text(form, 'txtRegTo') ?? '') }
      : 'all';

  const ticked = unique(textsMatching(form, BUYER_BOX));
  // The fixture uploads order lists in the page only; a hidden list, when posted, counts as uploaded.
  const listed = (text(form, 'hdnOrderNos') ?? '').match(/\d{9,10}/g) ?? [];
  const orders = knownOrders(db, shopId, ticked);

  const sendDate = text(form, 'txtSendDate')?.trim() || null;
  const sendTime = text(form, 'ddlSendTime')?.trim() || null;

  const draft: PushDraft = {
    type,
    coupon: coupon ? draftCoupon(coupon) : null,
    items,
    audience: { fanCount: countFans(db, shopId, period), period },
    recipients: { uploaded: unique([...listed, ...ticked]).length, selected: orders.length },
    sendDate: sendDate ? isoDateOf(sendDate) : null,
    sendTime,
    banner: {
      enabled: form.has(field('chkBanner')),
      image: await bannerImage(form),
      link: LINKS.get(text(form, 'BannerLink') ?? '') ?? 'minishop',
    },
  };
  return { draft, period, orders };
}
