/**
 * Small DOM helpers for the adapter. They avoid `instanceof` against globals so they work for nodes
 * of any window (the page's, a test's happy-dom window) and never throw on odd markup.
 */

import { jstInstant } from '../time/jst';
import { foldNfkc } from '../util/nfkc';

export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === 1;
}

export function tagIs<K extends keyof HTMLElementTagNameMap>(
  node: Node | null | undefined,
  tag: K,
): node is HTMLElementTagNameMap[K] {
  return isElement(node) && node.tagName.toLowerCase() === tag;
}

export function isInput(node: Node | null | undefined, type?: string): node is HTMLInputElement {
  return tagIs(node, 'input') && (type === undefined || (node.type || 'text').toLowerCase() === type);
}

/** Visible text of an element, whitespace collapsed. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The cells of a table row, in order. */
export function cellsOf(row: HTMLTableRowElement): HTMLTableCellElement[] {
  return Array.from(row.children).filter(
    (child): child is HTMLTableCellElement => tagIs(child, 'th') || tagIs(child, 'td'),
  );
}

/** Elements under `root` matching `selector`, root included when it matches. */
export function all<T extends Element = Element>(root: ParentNode, selector: string): T[] {
  const found = Array.from(root.querySelectorAll<T>(selector));
  if (isElement(root as Node) && (root as Element).matches(selector)) found.unshift(root as unknown as T);
  return found;
}

/** What a button-like element says: an input's value, otherwise its text. */
export function buttonText(element: Element): string {
  return isInput(element) ? element.value : textOf(element);
}

/**
 * The words that label a radio or checkbox: its `<label for>`, the `<label>` around it, or the text
 * that follows it up to the next control.
 */
export function controlLabel(input: HTMLInputElement): string {
  if (input.id) {
    // `labels`, not a walk over the document's labels: this runs for every radio on every read.
    for (const label of Array.from(input.labels ?? [])) {
      if (label.htmlFor === input.id) return textOf(label);
    }
  }
  const wrapping = input.closest('label');
  if (wrapping) return textOf(wrapping);
  let text = '';
  for (let node = input.nextSibling; node; node = node.nextSibling) {
    if (isElement(node) && node.matches('input, select, textarea, button, br, div, p')) break;
    text += node.textContent ?? '';
    if (text.trim()) break;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** The inputs under `scope` a date or time is typed into: untyped, `text`, or of that type. */
export function textInputs(scope: ParentNode, type: 'date' | 'time'): HTMLInputElement[] {
  return Array.from(scope.querySelectorAll<HTMLInputElement>('input')).filter((input) =>
    ['text', type, ''].includes((input.getAttribute('type') ?? '').toLowerCase()),
  );
}

/** The option a select shows, if any. */
export function selectedOption(select: HTMLSelectElement): HTMLOptionElement | undefined {
  return select.selectedIndex >= 0 ? select.options[select.selectedIndex] : undefined;
}

/** The text nodes under `root`, in document order. */
export function* textNodes(root: Element): Generator<Node> {
  // NodeFilter.SHOW_TEXT; a literal so no global is needed.
  const walker = root.ownerDocument.createTreeWalker(root, 0x4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) yield node;
}

/** True when `later` comes after `node` in document order. */
export function follows(node: Node, later: Node): boolean {
  // DOCUMENT_POSITION_FOLLOWING
  return (node.compareDocumentPosition(later) & 0x4) !== 0;
}

/**
 * The first control of `selector` that follows, in document order within `root`, a text whose
 * normalized form satisfies `matches` ("优惠券号码: [input]"). Null when no such text or control.
 */
export function controlAfterText<T extends Element>(
  root: Element,
  matches: (text: string) => boolean,
  selector: string,
): T | null {
  const controls = Array.from(root.querySelectorAll<T>(selector));
  for (const node of textNodes(root)) {
    if (!matches(node.textContent ?? '')) continue;
    const after = controls.find((control) => follows(node, control));
    if (after) return after;
  }
  return null;
}

/** `2026/11/29` (or 2026-11-29, 2026.11.29) as `2026-11-29`; null when it is not a date. */
export function parseSlashDate(text: string): string | null {
  const m = /(\d{4})\s*[/.\-年]\s*(\d{1,2})\s*[/.\-月]\s*(\d{1,2})/.exec(foldNfkc(text));
  if (!m) return null;
  const [, y, mo, d] = m;
  const date = `${y}-${mo?.padStart(2, '0')}-${d?.padStart(2, '0')}`;
  return jstInstant(date) ? date : null;
}

/** `10:00` or `9:30` as `10:00` / `09:30`; null otherwise. */
export function parseClock(text: string): string | null {
  const m = /(\d{1,2}):(\d{2})/.exec(foldNfkc(text));
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${m[2]}`;
}

const dateTimePattern = /(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})\s+(\d{1,2}):(\d{2})/g;

/**
 * Every `2026/11/29 10:00` in a text (JST wall clock), as `2026-11-29T10:00:00+09:00`, in order.
 * A coupon's usable period "2026/11/20 00:00 ~ 2026/12/31 23:59" gives two.
 */
export function parseJstDateTimes(text: string): string[] {
  const out: string[] = [];
  for (const m of foldNfkc(text).matchAll(dateTimePattern)) {
    const date = parseSlashDate(`${m[1]}/${m[2]}/${m[3]}`);
    const time = parseClock(`${m[4]}:${m[5]}`);
    if (date && time) out.push(`${date}T${time}:00+09:00`);
  }
  return out;
}

/** The first whole number in a text, thousands separators allowed ("36,212" → 36212). */
export function parseCount(text: string): number | null {
  const m = /\d[\d,，]*/.exec(foldNfkc(text));
  if (!m) return null;
  const n = Number(m[0].replace(/[,，]/g, ''));
  return Number.isSafeInteger(n) ? n : null;
}
