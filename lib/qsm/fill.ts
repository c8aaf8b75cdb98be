/**
 * Fills the push form from a template's plan through the page's own controls, as a seller's clicks
 * would: radios are clicked, selects and text fields get a value and bubbling input/change events,
 * so QSM's inline scripts (which show and hide rows, fill the coupon's details) keep up. The type goes
 * first since it decides which rows exist. Never submits, never throws: what cannot be set is skipped
 * with a reason and left for the seller (the usual findings then point at it).
 */
import type { DraftField } from '../schema';
import type { FillPlan, SkipReason } from '../templates/schema';
import { controlLabel, parseClock, parseCount, textInputs } from './dom';
import { linkLabels, numberInOptionText, radioFor, radios, readDraft } from './form';
import { isLabel, optionLabels } from './labels';
import { locateRows } from './rows';
import type { PushForm } from './types';

export interface FillResult {
  /** Fields now set as the plan says, in the order they were filled. */
  filled: DraftField[];
  /** Fields the plan asked for but the page did not take, each with why (`templates.skip.<reason>`). */
  skipped: { field: DraftField; reason: SkipReason }[];
}

/** Thrown inside one field's fill to skip it with a reason. */
export class Skip extends Error {
  constructor(readonly reason: SkipReason) {
    super(reason);
  }
}

function need<T>(value: T | null | undefined, reason: SkipReason = 'control-missing'): T {
  if (value === null || value === undefined) throw new Skip(reason);
  return value;
}

export function fire(target: Element, type: string): void {
  const EventImpl = target.ownerDocument.defaultView?.Event ?? Event;
  target.dispatchEvent(new EventImpl(type, { bubbles: true }));
}

/** Sets a field's value as typing would be seen: input, then change, both bubbling. */
export function setValue(control: HTMLInputElement | HTMLSelectElement, value: string): void {
  if (control.disabled) throw new Skip('control-disabled');
  control.value = value;
  fire(control, 'input');
  fire(control, 'change');
}

function selectOption(select: HTMLSelectElement, matches: (option: HTMLOptionElement) => boolean): void {
  const index = Array.from(select.options).findIndex(matches);
  if (index < 0) throw new Skip('option-missing');
  if (select.disabled) throw new Skip('control-disabled');
  select.selectedIndex = index;
  fire(select, 'input');
  fire(select, 'change');
}

/** Clicks a radio or checkbox (the page's scripts listen for clicks) unless it is already as wanted. */
export function check(input: HTMLInputElement | undefined, checked = true): void {
  const control = need(input);
  if (control.checked === checked) return;
  if (control.disabled) throw new Skip('control-disabled');
  control.click();
  if (control.checked !== checked) throw new Skip('failed');
}

/** A JST date the way the input shows dates: `2026/11/29` on QSM's text fields, ISO on a date input. */
function dateText(input: HTMLInputElement, date: string): string {
  if ((input.getAttribute('type') ?? '').toLowerCase() === 'date') return date;
  const sample = input.value || input.placeholder;
  const separator = /^\d{4}([/.-])\d/.exec(sample)?.[1] ?? '/';
  return date.replaceAll('-', separator);
}

function fillType(form: PushForm, type: NonNullable<FillPlan['type']>): void {
  const list = radios(need(form.rows.type));
  if (list.length < 2) throw new Skip('control-missing');
  check(type === 'ad' ? radioFor(list, optionLabels.typeAd, 0) : radioFor(list, optionLabels.typeComp, 1));
}

function fillCoupon(form: PushForm, number: string): void {
  const select = need(form.rows.coupon?.querySelector('select'));
  const offered = (option: HTMLOptionElement) =>
    option.value.trim() === number || numberInOptionText(option.text) === number;
  if (!Array.from(select.options).some(offered)) throw new Skip('coupon-not-offered');
  selectOption(select, offered);
}

function fillItems(form: PushForm, items: FillPlan['items']): void {
  const row = need(form.rows.items);
  const list = radios(row);
  if (list.length < 2) throw new Skip('control-missing');
  if (items.mode === 'auto') {
    check(radioFor(list, optionLabels.goodsAuto, 0, true));
    const select = need(row.querySelector('select'));
    selectOption(select, (option) => (parseCount(option.value) ?? parseCount(option.text)) === items.topN);
    return;
  }
  check(radioFor(list, optionLabels.goodsManual, 1));
  const current = readDraft(form).draft.items;
  if (current.mode === 'manual' && current.itemIds.join(',') === items.itemIds.join(',')) return;
  // Only a page that takes item numbers in a plain field can be filled; QSM's own needs its dialog.
  const field = row.querySelector<HTMLInputElement>('textarea, input[type=text]:not([readonly])');
  if (!field) throw new Skip('items-manual-dialog');
  setValue(field, items.itemIds.join(','));
}

function fillAudience(form: PushForm, period: NonNullable<FillPlan['audiencePeriod']>): void {
  const row = need(locateRows(form.root)?.rows.query ?? form.rows.audience);
  const list = radios(row);
  if (list.length < 2) throw new Skip('control-missing');
  if (period === 'all') {
    check(radioFor(list, optionLabels.periodAll, 0));
    return;
  }
  check(radioFor(list, optionLabels.periodPick, 1));
  const [from, to] = textInputs(row, 'date');
  setValue(need(from), dateText(need(from), period.from));
  setValue(need(to), dateText(need(to), period.to));
}

function fillSendDate(form: PushForm, date: string): void {
  const input = need(form.controls.sendDate);
  setValue(input, dateText(input, date));
}

function fillSendTime(form: PushForm, time: string): void {
  const select = need(form.controls.sendTime);
  selectOption(select, (option) => (parseClock(option.value) ?? parseClock(option.text)) === time);
}

function fillBanner(form: PushForm, banner: FillPlan['banner']): void {
  const row = need(form.rows.banner);
  check(need(row.querySelector<HTMLInputElement>('input[type=checkbox]')), banner.enabled);
  const linkRow = locateRows(form.root)?.rows.link;
  const list = radios(linkRow ?? (radios(row).length ? row : form.root));
  check(list.find((radio) => isLabel(controlLabel(radio), linkLabels[banner.link])));
}

/** Fills the form from a plan (see `fillPlan`); returns what was filled and what was skipped, and why. */
export function fillForm(form: PushForm, plan: FillPlan): FillResult {
  const result: FillResult = { filled: [], skipped: [] };
  const step = (field: DraftField, fill: () => void) => {
    try {
      fill();
      result.filled.push(field);
    } catch (error) {
      result.skipped.push({ field, reason: error instanceof Skip ? error.reason : 'failed' });
    }
  };
  const { type, couponNumber, items, audiencePeriod, sendDate, sendTime, banner } = plan;
  if (type) step('type', () => fillType(form, type));
  if (couponNumber) step('coupon', () => fillCoupon(form, couponNumber));
  step('items', () => fillItems(form, items));
  // The fans' registration period exists only for ad pushes; compensation goes to uploaded buyers.
  const isAd = (type ?? readDraft(form).draft.type) === 'ad';
  if (audiencePeriod && isAd) step('audience', () => fillAudience(form, audiencePeriod));
  if (sendDate) step('sendDate', () => fillSendDate(form, sendDate));
  for (const unmet of plan.unmet) result.skipped.push(unmet);
  if (sendTime) step('sendTime', () => fillSendTime(form, sendTime));
  step('banner', () => fillBanner(form, banner));
  return result;
}
