/**
 * Every word of QSM's coupon push page the adapter recognises, per language, in one place. The first
 * entry of each list is the one the fixtures use (test/fixtures/qsm/labels.mjs; zh is the seller
 * manual's own wording); later entries are variants QSM has used or may use. Compared after
 * `normalizeLabel` (no spaces, colons, asterisks, trailing dots; lower case).
 */
import { foldNfkc } from '../util/nfkc';
import type { QsmLang } from './types';

export type LabelSet = Record<QsmLang, readonly string[]>;

export const qsmLangs: readonly QsmLang[] = ['zh', 'ja', 'en', 'ko'];

/** The label cell (`<th>`) of each row of the form table. */
export const rowLabels = {
  // zh: 类型 (manual p.7)
  type: {
    zh: ['类型', '类别'],
    ja: ['タイプ', '種類', '区分', 'プッシュ種別', 'プッシュタイプ'],
    en: ['Type', 'Push type'],
    ko: ['유형', '종류'],
  },
  // zh: 店铺优惠券
  coupon: {
    zh: ['店铺优惠券'],
    ja: ['ショップクーポン', 'ストアクーポン'],
    en: ['Shop Coupon', 'Store Coupon'],
    ko: ['샵 쿠폰', '상점 쿠폰'],
  },
  // zh: 商品
  goods: { zh: ['商品'], ja: ['商品'], en: ['Goods', 'Items', 'Item'], ko: ['상품'] },
  // zh: 发送至 (two rows: fans for 广告, the buyers table for 补偿)
  sendTo: {
    zh: ['发送至', '发送对象'],
    ja: ['送信先', '送信対象', '配信先', '配信対象'],
    en: ['Send to', 'Recipients'],
    ko: ['발송 대상', '발송대상'],
  },
  // zh: 查询条件 (您有36212位店铺粉丝。 登记日期: 全期间 / 期间选择)
  query: {
    zh: ['查询条件'],
    ja: ['検索条件', '照会条件'],
    en: ['Search conditions', 'Search condition'],
    ko: ['조회 조건', '검색 조건'],
  },
  // zh: 订单号上传 (the manual's screenshot shows "订单号上传.")
  orderUpload: {
    zh: ['订单号上传'],
    ja: ['注文番号アップロード'],
    en: ['Order No. upload', 'Order number upload'],
    ko: ['주문번호 업로드'],
  },
  // zh: 发送时间
  sendTime: {
    zh: ['发送时间'],
    ja: ['送信日時', '送信時間', '発送日時', '配信日時', '配信時間'],
    en: ['Send time', 'Sending time', 'Send date'],
    ko: ['발송 시간', '발송 일시'],
  },
  // zh: 图片设置 (a checkbox in the label cell)
  banner: {
    zh: ['图片设置'],
    ja: ['画像設定', 'バナー設定', 'バナー画像設定'],
    en: ['Image settings', 'Image setting', 'Banner settings'],
    ko: ['이미지 설정', '배너 설정'],
  },
  // zh: 跳转链接 (inside the banner row in the manual; a row of its own on some pages)
  link: {
    zh: ['跳转链接', '链接地址'],
    ja: ['リンク先'],
    en: ['Link', 'Link to'],
    ko: ['링크', '링크 주소'],
  },
} satisfies Record<string, LabelSet>;

/** Labels of the controls and options inside the rows. */
export const optionLabels = {
  typeAd: { zh: ['广告'], ja: ['広告'], en: ['Advertisement', 'Ad'], ko: ['광고'] },
  typeComp: { zh: ['补偿'], ja: ['補償'], en: ['Compensation'], ko: ['보상'] },
  // zh: 优惠券号码: / 打折金额/使用条件: / 可使用的期间: (the manual also writes 折扣金额 and 使用的期间)
  couponNo: {
    zh: ['优惠券号码'],
    ja: ['クーポン番号'],
    en: ['Coupon No.', 'Coupon number'],
    ko: ['쿠폰 번호'],
  },
  couponCond: {
    zh: ['打折金额/使用条件', '折扣金额/使用条件'],
    ja: ['割引金額/利用条件'],
    en: ['Discount/Conditions', 'Discount amount/Conditions'],
    ko: ['할인 금액/사용 조건'],
  },
  couponPeriod: {
    zh: ['可使用的期间', '使用的期间'],
    ja: ['利用可能期間', '利用期間'],
    en: ['Usable Period', 'Usable period'],
    ko: ['사용 가능 기간'],
  },
  // zh: 自动选择排名前 4(基础) 位的选项 / 商品选择
  goodsAuto: { zh: ['自动选择排名前'], ja: ['上位'], en: ['Automatically select the top'], ko: ['상위'] },
  goodsManual: { zh: ['商品选择', '手动选择'], ja: ['商品選択'], en: ['Select goods'], ko: ['상품 선택'] },
  // zh: 全期间 / 期间选择:
  periodAll: { zh: ['全期间'], ja: ['全期間'], en: ['All periods', 'All'], ko: ['전체 기간'] },
  periodPick: { zh: ['期间选择'], ja: ['期間選択'], en: ['Select period'], ko: ['기간 선택'] },
  // zh: 迷你店铺主页 / 商品页面 / 卖家企划展
  linkMinishop: { zh: ['迷你店铺主页'], ja: ['ミニショップ'], en: ['Mini shop home'], ko: ['미니샵 홈'] },
  linkItem: { zh: ['商品页面'], ja: ['商品ページ'], en: ['Item page'], ko: ['상품 페이지'] },
  linkSpecial: {
    zh: ['卖家企划展', '商家企划图'],
    ja: ['販売者企画展'],
    en: ['Seller special'],
    ko: ['판매자 기획전'],
  },
} satisfies Record<string, LabelSet>;

/** The page's buttons (an `<input>`'s value or an element's text). */
export const buttonLabels = {
  apply: { zh: ['申请'], ja: ['申請'], en: ['Apply'], ko: ['신청'] },
  // zh: 申请记录 (the manual's screenshot also shows 申請記録)
  history: {
    zh: ['申请记录', '申請記録'],
    ja: ['申請履歴', '申請記録'],
    en: ['Application history'],
    ko: ['신청 내역'],
  },
  preview: { zh: ['预先查看'], ja: ['プレビュー'], en: ['Preview'], ko: ['미리보기'] },
  // zh: + 订单号上传
  orderUploadOpen: {
    zh: ['+ 订单号上传', '订单号上传'],
    ja: ['+ 注文番号アップロード'],
    en: ['+ Upload order numbers'],
    ko: ['+ 주문번호 업로드'],
  },
  // The upload dialog's buttons are in English in every language (manual step 7, 8).
  uploadFile: { zh: ['Upload File'], ja: ['Upload File'], en: ['Upload File'], ko: ['Upload File'] },
} satisfies Record<string, LabelSet>;

/**
 * Loose word stems per role, in the four languages and as WebForms ids and image file names spell
 * them (btn_regist.gif, btnApply). Matched anywhere in the normalized words.
 */
export const buttonStems: Record<'apply' | 'history' | 'preview' | 'cancel' | 'search' | 'never', RegExp> = {
  apply: /申請|申请|신청|apply|submit|申込|申し込|登録|提交|등록|request|regist|save|保存|저장|送出|確定/,
  history: /履歴|记录|記録|記錄|내역|이력|히스토리|history|hist|log/,
  preview: /プレビュー|预览|預覽|预先查看|미리보기|preview|prev(?!ious|page)|確認|确认|확인/,
  // The history's cancel-sending button (取消发送) and its search (查询), told apart to watch a cancel.
  cancel: /取消|キャンセル|cancel|취소|撤销|撤回/,
  search: /検索|查询|查詢|조회|search|close|閉じる|关闭|닫기/,
  // What the apply control never is: the coupon's settings and refresh, the goods picker, searches,
  // resets, the upload and the template, closing or cancelling a dialog.
  never:
    /検索|查询|查詢|조회|search|refresh|刷新|更新|새로고침|reset|初始化|リセット|초기화|設定|设定|설정|setting|商品選択|商品选择|상품선택|goods|item|cancel|取消|キャンセル|취소|close|閉じる|关闭|닫기|download|excel|upload|アップロード|上传|업로드|guide|ガイド|calendar|カレンダー|日历|달력/,
};

/** A Qstore-only coupon as the seller sees it in the coupon's option text: [Qstore专用] … */
export const qstoreOnlyPattern = /qstore\s*(专用|專用|専用|限定|전용|only)/i;

/** The history dialog (申请记录): its tabs and table headers. */
export const historyLabels = {
  tabCancel: { zh: ['取消发送'], ja: ['送信キャンセル'], en: ['Cancel sending'], ko: ['발송 취소'] },
  tabAd: {
    zh: ['执行记录(广告优惠券)'],
    ja: ['実行履歴(広告クーポン)'],
    en: ['Execution history (Ad coupons)'],
    ko: ['실행 내역(광고 쿠폰)'],
  },
  tabComp: {
    zh: ['执行记录(补偿优惠券)'],
    ja: ['実行履歴(補償クーポン)'],
    en: ['Execution history (Compensation coupons)'],
    ko: ['실행 내역(보상 쿠폰)'],
  },
  colSelect: { zh: ['选择'], ja: ['選択'], en: ['Select'], ko: ['선택'] },
  colCouponNo: { zh: ['优惠券号码'], ja: ['クーポン番号'], en: ['Coupon No.'], ko: ['쿠폰 번호'] },
  colShop: { zh: ['店铺名称'], ja: ['ショップ名'], en: ['Shop name'], ko: ['샵 이름'] },
  colSendAt: {
    zh: ['预期传输日期和时间', '发送日期和时间'],
    ja: ['送信予定日時', '送信日時'],
    en: ['Scheduled send date/time', 'Send date/time'],
    ko: ['발송 예정 일시', '발송 일시'],
  },
  colStatus: { zh: ['状态'], ja: ['状態', 'ステータス'], en: ['Status'], ko: ['상태'] },
  colRequestNo: { zh: ['申请编号'], ja: ['申請番号'], en: ['Request No.'], ko: ['신청 번호'] },
  // The cancel tab's search: 登录日 [from] - [to] 优惠券号码 [number] 查询
  regDay: {
    zh: ['登录日', '登记日', '登录日期', '登记日期', '申请日'],
    ja: ['登録日', '申請日'],
    en: ['Registration date', 'Registered', 'Application date'],
    ko: ['등록일', '신청일'],
  },
  // The one row the cancel tab's table shows when the search found nothing.
  noRows: {
    zh: ['没有数据', '暂无数据', '无数据', '没有记录', '没有要显示的行'],
    ja: ['データがありません', 'データなし', '該当するデータがありません', '表示する行がありません'],
    en: ['No data', 'No data found', 'No records', 'No records found', 'No rows to display'],
    ko: ['데이터가 없습니다', '조회된 데이터가 없습니다', '표시할 행이 없습니다'],
  },
  // A pager's "next page" link: a listing with more pages does not show every push.
  pagerNext: {
    zh: ['下一页', '下页', '>', '>>', '›', '»'],
    ja: ['次へ', '次のページ', '>', '>>', '›', '»'],
    en: ['Next', 'Next page', '>', '>>', '›', '»'],
    ko: ['다음', '다음 페이지', '>', '>>', '›', '»'],
  },
} satisfies Record<string, LabelSet>;

/** Status words of the history tables, per push status. */
export const statusLabels = {
  scheduled: {
    zh: ['待发送', '发送预定', '预约'],
    ja: ['送信待ち', '送信予定', '予約'],
    en: ['Scheduled', 'Pending', 'Waiting'],
    ko: ['발송 대기', '발송 예정'],
  },
  sent: {
    zh: ['发送完成', '已发送'],
    ja: ['送信完了', '送信済み'],
    en: ['Sent', 'Completed'],
    ko: ['발송 완료'],
  },
  cancelled: {
    zh: ['已取消', '取消'],
    ja: ['キャンセル', 'キャンセル済み', '取消'],
    en: ['Cancelled', 'Canceled'],
    ko: ['취소됨', '취소'],
  },
  failed: { zh: ['发送失败', '失败'], ja: ['送信失敗', '失敗'], en: ['Failed'], ko: ['발송 실패', '실패'] },
} satisfies Record<string, LabelSet>;

/** Lower case, no whitespace, no colons, asterisks or a trailing full stop: how labels are compared. */
export function normalizeLabel(text: string): string {
  if (text.length > NORMAL_CACHE_LENGTH) return normalizeUncached(text);
  let normal = normalCache.get(text);
  if (normal === undefined) {
    if (normalCache.size >= NORMAL_CACHE_SIZE) normalCache.clear();
    normal = normalizeUncached(text);
    normalCache.set(text, normal);
  }
  return normal;
}

/**
 * A page's labels come back on every read (the probe, the form, each draft read, the history), so
 * short texts are normalized once; the cache is bounded, and long texts (a row's whole text) skip it.
 */
const normalCache = new Map<string, string>();
const NORMAL_CACHE_SIZE = 2048;
const NORMAL_CACHE_LENGTH = 80;

function normalizeUncached(text: string): string {
  return foldNfkc(text)
    .toLowerCase()
    .replace(/[\s:：*＊]+/g, '')
    .replace(/[.。]+$/, '');
}

/**
 * Each set's labels, normalized once per language (label sets are constant; comparing runs over every
 * row, radio and button of a page on each read).
 */
const normalized = new WeakMap<LabelSet, Record<QsmLang, readonly string[]>>();
function normalSet(set: LabelSet): Record<QsmLang, readonly string[]> {
  let known = normalized.get(set);
  if (!known) {
    known = Object.fromEntries(
      qsmLangs.map((lang) => [lang, set[lang].map(normalizeLabel)]),
    ) as unknown as Record<QsmLang, readonly string[]>;
    normalized.set(set, known);
  }
  return known;
}

/** The language whose list holds `text` (first match in `order`), or null. */
export function matchLabel(
  text: string,
  set: LabelSet,
  order: readonly QsmLang[] = qsmLangs,
): QsmLang | null {
  const normal = normalizeLabel(text);
  if (!normal) return null;
  const known = normalSet(set);
  for (const lang of order) {
    if (known[lang].includes(normal)) return lang;
  }
  return null;
}

/** True when `text` is one of the set's labels, in any language (a ja page may show an en button). */
export function isLabel(text: string, set: LabelSet): boolean {
  return matchLabel(text, set) !== null;
}

/** True when `text` starts with one of the set's labels (for "自动选择排名前 … 位的选项"). */
export function startsWithLabel(text: string, set: LabelSet): boolean {
  const normal = normalizeLabel(text);
  const known = normalSet(set);
  return qsmLangs.some((lang) => known[lang].some((label) => normal.startsWith(label)));
}

/** The two-character pieces of a normalized text, for loose comparison (labels' kept: asked on every read). */
const gramCache = new Map<string, readonly string[]>();
function bigrams(text: string): readonly string[] {
  const cached = gramCache.get(text);
  if (cached) return cached;
  const chars = Array.from(text);
  const grams = chars.length < 2 ? chars : chars.slice(1).map((char, i) => `${chars[i]}${char}`);
  if (gramCache.size < 2000) gramCache.set(text, grams);
  return grams;
}

/** How alike two normalized texts are: the Dice coefficient of their bigrams, 0..1. */
function likeness(a: string, b: string): number {
  const left = bigrams(a);
  const right = bigrams(b);
  if (!left.length || !right.length) return 0;
  const pool = [...right];
  let shared = 0;
  for (const gram of left) {
    const at = pool.indexOf(gram);
    if (at >= 0) {
      shared += 1;
      pool.splice(at, 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/**
 * True when `text` is close to one of the set's labels in any language without being one: it holds
 * the label or is held by it (バナー画像設定 / 画像設定), or most of their bigrams are shared
 * (配信日時 / 送信日時). One signal among others; never the only one a field is found by.
 */
export function fuzzyLabel(text: string, set: LabelSet): boolean {
  const normal = normalizeLabel(text);
  if (Array.from(normal).length < 2) return false;
  const labels = normalSet(set);
  return qsmLangs.some((lang) =>
    labels[lang].some((known) => {
      if (Array.from(known).length < 2) return false;
      const [short, long] = known.length <= normal.length ? [known, normal] : [normal, known];
      if (long.includes(short) && short.length * 2 >= long.length) return true;
      // Dice ≥ 0.6 needs the shorter to be at least 3/7 of the longer: skip the counting otherwise.
      if (short.length * 7 < long.length * 3) return false;
      return likeness(normal, known) >= 0.6;
    }),
  );
}
