/**
 * The glossary: one term for each thing a seller reads about, per language, the words never to use
 * for it, and how each language writes ranges, colons, durations and sizes. Plain data:
 * `test/unit/i18n/glossary.test.ts` holds every catalogue to it.
 *
 * Where QSM's words come from:
 * - zh: QSM's own, from the seller manual (shared/seed/coupon-push-manual.zh.md) and the form's labels.
 * - ja, en, ko: the labels of our fixture pages (test/fixtures/qsm/labels.mjs), written after QSM's
 *   usual phrasing but not read from a live page: assumptions (`source: 'assumed'`). Where the
 *   extension has learned the page's own word (its history table's status words, its buttons), the
 *   learned word wins over the one here: pass it to `termFor`.
 *
 * To add a term: add its name to `concepts`, then an entry in every language (the type demands it),
 * with `use`, `avoid` (substrings, or RegExps for words that are only wrong in some company) and
 * `source`. The test then fails on any catalogue string that still says an avoided word.
 */
import type { Lang } from './define';

export const concepts = [
  'push',
  'coupon',
  'shopCoupon',
  'type',
  'sendTime',
  'sendClock',
  'sendDate',
  'cancelDeadline',
  'cancel',
  'apply',
  'history',
  'fans',
  'customers',
  'buyers',
  'goods',
  'banner',
  'template',
  'plan',
  'orderNumber',
  'pageReport',
  'statusScheduled',
  'statusSent',
  'statusCancelled',
  'statusFailed',
] as const;
export type Concept = (typeof concepts)[number];

export interface Term {
  /** The one word for the concept. */
  use: string;
  /** Words never to use for it (a string matches anywhere; English is matched case-insensitively). */
  avoid: readonly (string | RegExp)[];
  /** qsm: QSM's own word (manual or form); assumed: our best guess at QSM's word; ours: the extension's own. */
  source: 'qsm' | 'assumed' | 'ours';
  note?: string;
}

export interface Style {
  /** The range mark between two dates or numbers, and marks never to use for a range. */
  range: string;
  rangeAvoid: readonly string[];
  /** The colon after a label; a half-width `:` appears only inside a time (10:00) in zh and ja. */
  colon: string;
  /** Whether the language writes full-width punctuation (no half-width `:` or `,` in a sentence). */
  fullWidth: boolean;
  /** A duration as `formatMinutes` writes it (lib/time/format.ts): 1 h 45 min, 45 min, 2 h. */
  duration: { both: string; underAnHour: string; wholeHours: string };
  /** The banner size, `{w}` and `{h}` for the numbers. */
  size: string;
}

export interface LanguageGlossary {
  terms: Record<Concept, Term>;
  style: Style;
  /** Our own words, not a seller's: say what the seller sees or does instead. */
  jargon: readonly (string | RegExp)[];
}

const term = (use: string, source: Term['source'], avoid: Term['avoid'] = [], note?: string): Term =>
  note === undefined ? { use, source, avoid } : { use, source, avoid, note };

export const glossary: Record<Lang, LanguageGlossary> = {
  zh: {
    terms: {
      push: term('推送', 'qsm', ['推播']),
      coupon: term('优惠券', 'qsm', ['优惠卷', '折价券']),
      shopCoupon: term('店铺优惠券', 'qsm', ['商店优惠券']),
      type: term('类型', 'qsm', ['种类']),
      sendTime: term(
        '发送时间',
        'qsm',
        ['预定发送时间', '发送日时', '预期传输'],
        'the form’s row: date and time',
      ),
      sendClock: term('发送时间', 'qsm', [], 'the time of day is called as the whole row is'),
      sendDate: term('发送日期', 'qsm', ['发送日 ']),
      cancelDeadline: term('取消截止时间', 'ours', ['可取消至', /取消截止(?!时间)/, '取消期限']),
      cancel: term('取消', 'qsm', ['撤回推送']),
      apply: term('申请', 'qsm', ['提交申请']),
      history: term('申请记录', 'qsm', ['申請記録', '申请历史', '申请履历']),
      fans: term('粉丝', 'qsm', ['关注者', '收藏者']),
      customers: term('顾客', 'qsm', [/客户(?!端)/, '用户']),
      buyers: term('购买过的顾客', 'qsm', ['买家', '购买顾客'], 'manual: 在该店铺中购买过商品的顾客'),
      goods: term('商品', 'qsm', ['产品']),
      banner: term('横幅图片', 'qsm', ['条幅', 'Banner图']),
      template: term('模板', 'ours', ['范本']),
      plan: term('每周推送计划', 'ours', ['推送日程']),
      orderNumber: term('订单号', 'qsm', ['订单编号', '订单号码']),
      pageReport: term('页面报告', 'ours'),
      statusScheduled: term('待发送', 'qsm', ['预约中']),
      statusSent: term('发送完成', 'qsm', ['已发送']),
      statusCancelled: term('已取消', 'qsm'),
      statusFailed: term('发送失败', 'qsm'),
    },
    style: {
      range: '~',
      rangeAvoid: ['–', '～', '〜'],
      colon: '：',
      fullWidth: true,
      duration: { both: '1小时45分钟', underAnHour: '45分钟', wholeHours: '2小时' },
      size: '{w}px*{h}px',
    },
    jargon: ['已知推送', '绝不猜测', '解压'],
  },
  ja: {
    terms: {
      push: term('プッシュ', 'assumed'),
      coupon: term('クーポン', 'assumed'),
      shopCoupon: term('ショップクーポン', 'assumed', ['店舗クーポン']),
      type: term('タイプ', 'assumed', ['種類']),
      sendTime: term('送信日時', 'assumed', ['送信時間', '送信予定日時'], 'the form’s row: date and time'),
      sendClock: term('送信時刻', 'ours', [], 'the time of day picked from the drop-down'),
      sendDate: term('送信日', 'assumed', ['送信日付']),
      cancelDeadline: term('キャンセル期限', 'ours', ['取消期限', 'キャンセル締切']),
      cancel: term('キャンセル', 'assumed', ['取消', '取り消']),
      apply: term('申請', 'assumed', ['申し込']),
      history: term('申請履歴', 'assumed', ['申請記録']),
      fans: term('ファン', 'assumed', ['フォロワー']),
      customers: term('お客様', 'assumed', ['顧客']),
      buyers: term('購入者', 'assumed', ['買い手', '購入顧客']),
      goods: term('商品', 'assumed'),
      banner: term('バナー画像', 'assumed'),
      template: term('テンプレート', 'ours'),
      plan: term('週間プッシュ計画', 'ours'),
      orderNumber: term('注文番号', 'assumed', ['オーダー番号', '受注番号']),
      pageReport: term('ページレポート', 'ours'),
      statusScheduled: term('送信待ち', 'assumed', ['送信予定の', '送信予定）']),
      statusSent: term('送信完了', 'assumed', ['送信済み']),
      statusCancelled: term('キャンセル', 'assumed', ['キャンセル済み']),
      statusFailed: term('送信失敗', 'assumed'),
    },
    style: {
      range: '～',
      rangeAvoid: ['〜', '~', '–'],
      colon: '：',
      fullWidth: true,
      duration: { both: '1時間45分', underAnHour: '45分', wholeHours: '2時間' },
      size: '{w}×{h}px',
    },
    jargon: ['既知のプッシュ', '推測はしません', '展開すると'],
  },
  en: {
    terms: {
      push: term('push', 'assumed', ['notification push']),
      coupon: term('coupon', 'assumed', ['voucher']),
      shopCoupon: term('shop coupon', 'assumed', ['store coupon']),
      type: term('type', 'assumed', ['kind of push']),
      sendTime: term('send time', 'assumed', ['send date/time', 'sending time', 'scheduled time']),
      sendClock: term('send time', 'assumed'),
      sendDate: term('send date', 'assumed', ['sending date']),
      cancelDeadline: term('cancel deadline', 'ours', [
        'can be cancelled until',
        'cancel until',
        'cancellation deadline',
      ]),
      cancel: term('cancel', 'assumed', ['canceled', 'canceling']),
      apply: term('apply', 'assumed', ['submit']),
      history: term('Application history', 'assumed', ['application record']),
      fans: term('fans', 'assumed', ['followers']),
      customers: term('customers', 'assumed', ['users']),
      buyers: term('buyers', 'assumed', ['purchasers']),
      goods: term('goods', 'assumed'),
      banner: term('banner', 'assumed'),
      template: term('template', 'ours', ['preset']),
      plan: term('weekly plan', 'ours'),
      orderNumber: term('order number', 'assumed', ['order ID']),
      pageReport: term('page report', 'ours'),
      statusScheduled: term('Scheduled', 'assumed'),
      statusSent: term('Sent', 'assumed'),
      statusCancelled: term('Cancelled', 'assumed'),
      statusFailed: term('Failed', 'assumed'),
    },
    style: {
      range: '–',
      rangeAvoid: ['~', '～', '〜'],
      colon: ': ',
      fullWidth: false,
      duration: { both: '1 h 45 min', underAnHour: '45 min', wholeHours: '2 h' },
      size: '{w} × {h} px',
    },
    jargon: ['known push', 'nothing is guessed', 'unpacks to'],
  },
  ko: {
    terms: {
      push: term('푸시', 'assumed'),
      coupon: term('쿠폰', 'assumed'),
      shopCoupon: term('샵 쿠폰', 'assumed', ['숍 쿠폰', '상점 쿠폰']),
      type: term('유형', 'assumed', ['종류']),
      sendTime: term('발송 시간', 'assumed', ['발송 일시', '발송 예정 일시', '발송일시']),
      sendClock: term('발송 시간', 'assumed'),
      sendDate: term('발송 날짜', 'assumed', ['발송일']),
      cancelDeadline: term('취소 기한', 'ours', ['취소 가능 기한', '취소 마감']),
      cancel: term('취소', 'assumed'),
      apply: term('신청', 'assumed'),
      history: term('신청 내역', 'assumed', ['신청 기록', '신청 이력']),
      fans: term('팬', 'assumed', ['팔로워']),
      customers: term('고객', 'assumed'),
      buyers: term('구매자', 'assumed', ['구입자']),
      goods: term('상품', 'assumed'),
      banner: term('배너', 'assumed'),
      template: term('템플릿', 'ours'),
      plan: term('주간 푸시 계획', 'ours'),
      orderNumber: term('주문번호', 'assumed', ['주문 번호']),
      pageReport: term('페이지 보고서', 'ours'),
      statusScheduled: term('발송 대기', 'assumed'),
      statusSent: term('발송 완료', 'assumed'),
      statusCancelled: term('취소됨', 'assumed'),
      statusFailed: term('발송 실패', 'assumed'),
    },
    style: {
      range: '~',
      rangeAvoid: ['～', '〜', '–'],
      colon: ': ',
      fullWidth: false,
      duration: { both: '1시간 45분', underAnHour: '45분', wholeHours: '2시간' },
      size: '{w} × {h} px',
    },
    jargon: ['알려진 푸시', '추측은 하지 않습니다', '풀리므로'],
  },
};

/**
 * The word for `concept` in `lang`: the page's own word when the extension has learned it (the hook
 * for words read from QSM, e.g. its history table's status words), else the glossary's.
 */
export function termFor(lang: Lang, concept: Concept, learned?: Partial<Record<Concept, string>>): string {
  return learned?.[concept] ?? glossary[lang].terms[concept].use;
}
