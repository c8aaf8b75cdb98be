/**
 * Finds the coupon push form (申请优惠券推送) by what its rows hold (rows.ts) and its buttons by what
 * they are (controls.ts), and reads it into a PushDraft. Ids and words are never relied on alone:
 * QSM renames WebForms controls freely, and its ja, en and ko wording is unknown.
 * Over 300 lines: each field's reader follows the row map the finder builds, so they stay together.
 */
import { bannerLinkSchema, type DraftField, draftFields, emptyDraft, type PushDraft } from '../schema';
import { buttonArea, pickButton } from './controls';
import {
  all,
  buttonText,
  cellsOf,
  controlAfterText,
  controlLabel,
  parseClock,
  parseCount,
  parseJstDateTimes,
  parseSlashDate,
  selectedOption,
  tagIs,
  textInputs,
  textNodes,
  textOf,
} from './dom';
import {
  buttonLabels,
  isLabel,
  type LabelSet,
  optionLabels,
  qstoreOnlyPattern,
  startsWithLabel,
} from './labels';
import { checkboxIn, readLists } from './lists';
import { locateRows, type RowKey } from './rows';
import type { DraftRead, PushForm, QsmLang } from './types';
import { orderFileInput, uploadOpener, uploadSubmit } from './upload';

/** Where each part of the form is; rebuilt from labels and structure on every read. */
interface Located extends Partial<Record<RowKey, HTMLTableRowElement>> {
  lang: QsmLang;
  table: HTMLElement;
}

/** The push form's rows in `root`, or null when neither its labels nor its structure are there. */
function locate(root: ParentNode): Located | null {
  const found = locateRows(root);
  return found ? { ...found.rows, lang: found.lang, table: found.table } : null;
}

/**
 * The rows `findPushForm` has just found, for the first `readDraft` of the same task: no page script
 * can run in between, so the DOM is as it was located. Forgotten at the next microtask.
 */
let justLocated: Located | null = null;

/** The first element in `scope` that looks like a button and says one of the labels. */
function findButton(scope: ParentNode, set: LabelSet): HTMLElement | undefined {
  const candidates = all<HTMLElement>(
    scope,
    'input[type=submit], input[type=button], input[type=image], button, a',
  );
  return candidates.find((el) => isLabel(buttonText(el), set));
}

function fieldRows(located: Located): Partial<Record<DraftField, HTMLElement>> {
  const rows: Partial<Record<DraftField, HTMLElement>> = {};
  const set = (field: DraftField, row: HTMLElement | undefined) => {
    if (row) rows[field] = row;
  };
  set('type', located.type);
  set('coupon', located.coupon);
  set('items', located.goods);
  set('audience', located.audience ?? located.query);
  set('recipients', located.recipients);
  set('sendDate', located.sendTime);
  set('sendTime', located.sendTime);
  set('banner', located.banner);
  return rows;
}

/**
 * Finds the push form in a document (or any subtree): by its row labels in zh, ja, en or ko and the
 * controls they label. Null when this is not the push page.
 */
export function findPushForm(root: ParentNode): PushForm | null {
  let located: Located | null = null;
  try {
    located = locate(root);
  } catch {
    return null;
  }
  if (!located) return null;
  const { lang, table } = located;
  justLocated = located;
  queueMicrotask(() => {
    justLocated = null;
  });
  const doc = table.ownerDocument;
  const scope: ParentNode = table.closest('form') ?? doc;
  const controls: PushForm['controls'] = {};
  const guard = (read: () => void) => {
    try {
      read();
    } catch {
      // A control that cannot be found is simply absent from `controls`.
    }
  };
  guard(() => {
    const area = buttonArea(table, scope);
    controls.apply = pickButton(area, 'apply');
    controls.history = pickButton(area, 'history') ?? findButton(scope, buttonLabels.history);
    controls.preview = pickButton(area, 'preview') ?? findButton(scope, buttonLabels.preview);
  });
  guard(() => {
    controls.sendDate = located.sendTime ? dateInput(located.sendTime) : undefined;
    controls.sendTime = located.sendTime?.querySelector('select') ?? undefined;
  });
  guard(() => {
    controls.bannerFile = located.banner?.querySelector<HTMLInputElement>('input[type=file]') ?? undefined;
  });
  guard(() => {
    controls.orderUploadOpen =
      findButton(located.orderUpload ?? table, buttonLabels.orderUploadOpen) ??
      (located.orderUpload ? uploadOpener(located.orderUpload) : undefined);
    controls.orderUploadSubmit = findButton(doc, buttonLabels.uploadFile);
    controls.orderFile = orderFileInput(controls.orderUploadSubmit, controls.bannerFile, doc);
    controls.orderUploadSubmit ??= controls.orderFile ? uploadSubmit(controls.orderFile) : undefined;
  });
  for (const key of Object.keys(controls) as (keyof PushForm['controls'])[]) {
    if (controls[key] === undefined) delete controls[key];
  }
  const rows = fieldRows(located);
  const missing = draftFields.filter((field) => !rows[field]);
  return { root: formRoot(table, controls.apply), lang, rows, controls, missing };
}

/** The form's container: the table, widened to take in the apply button when it sits just outside. */
function formRoot(table: HTMLElement, apply: HTMLElement | undefined): HTMLElement {
  if (!apply) return table;
  for (let node: HTMLElement | null = table.parentElement; node; node = node.parentElement) {
    if (tagIs(node, 'form') || tagIs(node, 'body')) return table;
    if (node.contains(apply)) return node;
  }
  return table;
}

function dateInput(row: Element): HTMLInputElement | undefined {
  return textInputs(row, 'date')[0];
}

/** Thrown inside one field's read when its control is not on the page. */
class MissingControl extends Error {}

function need<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new MissingControl();
  return value;
}

export function radios(scope: ParentNode): HTMLInputElement[] {
  return Array.from(scope.querySelectorAll<HTMLInputElement>('input[type=radio]'));
}

/** The radio labelled with one of `set`'s words; falls back to the radio at `index`. */
export function radioFor(list: HTMLInputElement[], set: LabelSet, index: number, prefix = false) {
  const byLabel = list.find((radio) => {
    const label = controlLabel(radio);
    return prefix ? startsWithLabel(label, set) : isLabel(label, set);
  });
  return byLabel ?? list[index];
}

type BannerLink = PushDraft['banner']['link'];

/** The words of each banner link's radio. */
export const linkLabels: Record<BannerLink, LabelSet> = {
  minishop: optionLabels.linkMinishop,
  item: optionLabels.linkItem,
  special: optionLabels.linkSpecial,
};

function readType(row: Element | undefined): PushDraft['type'] {
  const list = radios(need(row));
  if (list.length < 2) throw new MissingControl();
  if (radioFor(list, optionLabels.typeAd, 0)?.checked) return 'ad';
  if (radioFor(list, optionLabels.typeComp, 1)?.checked) return 'compensation';
  return null;
}

const ITEM_NO = /(?<!\d)\d{9,10}(?!\d)/;

/** The item number in a listed item, read per text node so a name like "20210915 T…" never joins it. */
function itemNumberIn(entry: Element): string | undefined {
  for (const node of textNodes(entry)) {
    const found = ITEM_NO.exec(node.textContent ?? '')?.[0];
    if (found) return found;
  }
  return undefined;
}

/** The coupon number an option's text ends with, `冬のクーポン (1207384)`. */
export function numberInOptionText(text: string): string | undefined {
  return /\((\w+)\)\s*$/.exec(text)?.[1];
}

function readCoupon(row: Element | undefined): PushDraft['coupon'] {
  const cell = need(row);
  const select = need(cell.querySelector('select'));
  const option = selectedOption(select);
  const labelled = (set: LabelSet) =>
    controlAfterText<HTMLInputElement>(cell, (text) => isLabel(text, set), 'input');
  const numberInput = labelled(optionLabels.couponNo);
  const condInput = labelled(optionLabels.couponCond);
  const periodInput =
    labelled(optionLabels.couponPeriod) ??
    Array.from(cell.querySelectorAll('input')).find((input) => parseJstDateTimes(input.value).length === 2);
  const optionNumber = option?.value.trim() || numberInOptionText(option?.text ?? '') || '';
  const number = numberInput?.value.trim() || optionNumber;
  if (!number) return null;
  const label = condInput?.value.trim() || undefined;
  const [validFrom, validTo] = parseJstDateTimes(periodInput?.value ?? '');
  const qstoreOnly = qstoreOnlyPattern.test(option?.text ?? '') || qstoreOnlyPattern.test(label ?? '');
  return {
    number,
    ...(label ? { label } : {}),
    ...(validFrom ? { validFrom } : {}),
    ...(validTo ? { validTo } : {}),
    qstoreOnly,
  };
}

/**
 * The hand-picked goods listed in the goods row, in order: the body rows of a plain table or a DHTMLX
 * grid (its header and sizing rows left out), or list items. An entry with a tick box (an input or
 * a grid's image) counts only when ticked. Null when no entry carries an item number.
 */
function chosenItems(cell: Element): string[] | null {
  const lists = readLists(cell);
  const listRows = new Set<Element>(lists.flatMap((list) => list.rows.map((row) => row.element)));
  // A list's own rows, or entries outside every list (not a layout row holding one).
  const entries = Array.from(cell.querySelectorAll('li, tr')).filter(
    (entry) =>
      listRows.has(entry) || !lists.some((list) => list.root.contains(entry) || entry.contains(list.root)),
  );
  const numbered = entries.flatMap((entry) => {
    const no = itemNumberIn(entry);
    return no ? [{ no, box: checkboxIn(entry) }] : [];
  });
  if (!numbered.length) return null;
  return numbered.filter(({ box }) => !box.present || box.checked).map(({ no }) => no);
}

function readItems(row: Element | undefined): PushDraft['items'] {
  const cell = need(row);
  const list = radios(cell);
  if (list.length < 2) throw new MissingControl();
  const manual = radioFor(list, optionLabels.goodsManual, 1);
  if (manual?.checked) {
    const fromList = chosenItems(cell);
    const fromHidden = Array.from(cell.querySelectorAll<HTMLInputElement>('input[type=hidden]'))
      .flatMap((input) => input.value.split(/[,\s]+/))
      .filter((no) => ITEM_NO.test(no));
    return { mode: 'manual', itemIds: fromList ?? fromHidden };
  }
  const select = need(cell.querySelector('select'));
  const option = selectedOption(select);
  const topN = need(parseCount(select.value) ?? parseCount(option?.text ?? ''));
  return { mode: 'auto', topN };
}

/** Reads the audience; `bad` is set when 期间选择 is chosen but its dates do not read. */
function readAudience(
  countRow: Element | undefined,
  queryRow: Element | undefined,
): { audience: PushDraft['audience']; bad: boolean } {
  if (!countRow && !queryRow) throw new MissingControl();
  let period: PushDraft['audience']['period'] = 'all';
  let bad = false;
  if (queryRow) {
    const list = radios(queryRow);
    const pick = radioFor(list, optionLabels.periodPick, 1);
    if (pick?.checked) {
      const dates = textInputs(queryRow, 'date').map((input) => parseSlashDate(input.value));
      const [from, to] = dates;
      if (from && to) period = { from, to };
      else bad = true;
    }
  }
  let fanCount: number | null = null;
  if (countRow) {
    const input = countRow.querySelector<HTMLInputElement>('input:not([type=hidden])');
    fanCount = parseCount(input ? input.value : textOf(cellsOf(countRow as HTMLTableRowElement)[1]));
  } else if (queryRow && period === 'all') {
    // Without the 发送至 row, the shop's total (您有N位店铺粉丝) is the count for the whole period.
    fanCount = parseCount(textOf(cellsOf(queryRow as HTMLTableRowElement)[1]));
  }
  return { audience: { fanCount, period }, bad };
}

function readRecipients(row: Element | undefined): PushDraft['recipients'] {
  const cell = need(row);
  // The buyers list: a table of checkbox inputs, or a grid drawing its boxes as images.
  const [list] = readLists(cell);
  if (list) {
    const boxes = list.rows.map((r) => checkboxIn(r.element)).filter((box) => box.present);
    return { uploaded: boxes.length, selected: boxes.filter((box) => box.checked).length };
  }
  const boxes = Array.from(cell.querySelectorAll<HTMLInputElement>('input[type=checkbox]')).filter(
    (box) => !box.closest('th, thead'),
  );
  return { uploaded: boxes.length, selected: boxes.filter((box) => box.checked).length };
}

function readSendDate(row: Element | undefined): string | null {
  const input = need(dateInput(need(row)));
  return parseSlashDate(input.value);
}

function readSendTime(row: Element | undefined): string | null {
  const cell = need(row);
  const select = cell.querySelector('select');
  if (select) {
    const option = selectedOption(select);
    return parseClock(select.value) ?? parseClock(option?.text ?? '');
  }
  const inputs = textInputs(cell, 'time');
  const timeInput = need(inputs.find((input) => parseClock(input.value) !== null) ?? inputs[1]);
  return parseClock(timeInput.value);
}

function readBanner(
  row: Element | undefined,
  linkRow: Element | undefined,
  table: Element,
): PushDraft['banner'] {
  const cell = need(row);
  const box = need(cell.querySelector<HTMLInputElement>('input[type=checkbox]'));
  const scope = linkRow ?? (radios(cell).length ? cell : table);
  const list = radios(scope);
  let link: BannerLink = 'minishop';
  for (const value of bannerLinkSchema.options) {
    if (list.find((radio) => isLabel(controlLabel(radio), linkLabels[value]))?.checked) link = value;
  }
  return { enabled: box.checked, image: null, link };
}

/**
 * Reads the form into a draft. Each field is read on its own: one that cannot be found is listed in
 * `missing` and keeps its empty value; nothing throws.
 */
export function readDraft(form: PushForm): DraftRead {
  const draft = emptyDraft();
  const missing = new Set<DraftField>();
  let located: Located | null = null;
  try {
    const scope: ParentNode = form.root.isConnected ? form.root : form.root.ownerDocument;
    // `contains` is true of the root itself: the rows were just found in this form, in this task.
    const just = justLocated;
    located =
      just && form.root.contains(just.table)
        ? just
        : (locate(scope) ?? (form.root.isConnected ? null : locate(form.root)));
  } catch {
    located = null;
  }
  if (!located) return { draft, missing: [...draftFields] };
  const at = located;
  const read = (fields: DraftField[], fn: () => void) => {
    try {
      fn();
    } catch {
      for (const field of fields) missing.add(field);
    }
  };
  read(['type'], () => {
    draft.type = readType(at.type);
  });
  read(['coupon'], () => {
    draft.coupon = readCoupon(at.coupon);
  });
  read(['items'], () => {
    draft.items = readItems(at.goods);
  });
  read(['audience'], () => {
    const { audience, bad } = readAudience(at.audience, at.query);
    draft.audience = audience;
    if (bad) missing.add('audience');
  });
  read(['recipients'], () => {
    draft.recipients = readRecipients(at.recipients);
  });
  read(['sendDate'], () => {
    draft.sendDate = readSendDate(at.sendTime);
  });
  read(['sendTime'], () => {
    draft.sendTime = readSendTime(at.sendTime);
  });
  read(['banner'], () => {
    draft.banner = readBanner(at.banner, at.link, at.table);
  });
  return { draft, missing: draftFields.filter((field) => missing.has(field)) };
}
