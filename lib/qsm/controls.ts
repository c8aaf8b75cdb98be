/**
 * The push form's own buttons, found by what they are: where they sit (the form's button area, after
 * the form table), what they do (post the form back, open a window or a layer) and, as one loose
 * signal among these, what they say (text, value, title, an image's alt or file name). QSM draws
 * buttons as inputs, links and images, worded in ways we have never seen; a button that says nothing
 * we know is still found by its place and its action.
 */
import { all, isElement, tagIs, textOf } from './dom';
import { normalizeLabel, buttonStems as stems } from './labels';

export type ButtonRole = 'apply' | 'history' | 'preview';

/** Everything a seller can press: inputs, buttons, links, clickable images and spans. */
const PRESSABLE =
  'input[type=submit], input[type=button], input[type=image], button, a[href], a[onclick], img[onclick], [role=button], span[onclick], div[onclick]';

/** QSM's dialogs and layers: their buttons belong to them, not to the form. */
const LAYER = '.layer_pop, .gsm_BasicLayer, [role=dialog], dialog';

/** How far past the form table the button area can be: its first few pressables. */
const BUTTON_AREA = 6;

/** An action that posts the form back (WebForms) or submits it. */
const POSTS_BACK = /__dopostback|webform_dopostbackwithoptions|\.submit\(|submitform/;
/** An action that opens something instead: a window, a layer, a dialog. */
const OPENS = /window\.open|showlayer|openlayer|popup|showmodal|layer_open|fnopen|open\(/;
/** Class names QSM and similar portals give their main button. */
const PRIMARY = /primary|btn_red|btn_blue|btn_point|point|main|apply|submit|regist/;

/** What a pressable says: its text, value, title, alt, aria-label, and its image's file name. */
export function wordsOf(element: Element): string {
  const parts = [
    textOf(element),
    element.getAttribute('value'),
    element.getAttribute('title'),
    element.getAttribute('alt'),
    element.getAttribute('aria-label'),
  ];
  const images =
    tagIs(element, 'img') || (tagIs(element, 'input') && element.getAttribute('type') === 'image')
      ? [element]
      : Array.from(element.querySelectorAll('img'));
  for (const image of images) {
    parts.push(image.getAttribute('alt'), imageName(image.getAttribute('src')));
  }
  return normalizeLabel(parts.filter(Boolean).join(' '));
}

/** `…/btn_regist_on.gif?v=2` → `btn_regist_on`. */
function imageName(src: string | null): string {
  return (
    (src ?? '')
      .split(/[?#]/)[0]
      ?.split('/')
      .pop()
      ?.replace(/\.\w+$/, '') ?? ''
  );
}

/** What a pressable does, as far as its markup says: its href, onclick, id, name and type. */
function actionOf(element: Element): string {
  return [
    element.getAttribute('href'),
    element.getAttribute('onclick'),
    element.id,
    element.getAttribute('name'),
  ]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
}

function submits(element: Element): boolean {
  if (tagIs(element, 'input')) {
    const type = element.getAttribute('type');
    if (type === 'submit' || type === 'image') return true;
  }
  if (
    tagIs(element, 'button') &&
    (element.getAttribute('type') ?? 'submit') === 'submit' &&
    element.closest('form')
  )
    return true;
  return POSTS_BACK.test(actionOf(element));
}

/** Hidden by its own markup (a closed layer): `display:none` or `hidden` on it or an ancestor. */
function hiddenByMarkup(element: Element, stop: Element | null): boolean {
  for (let node: Element | null = element; node && node !== stop; node = node.parentElement) {
    if (node.hasAttribute('hidden')) return true;
    const style = node.getAttribute('style');
    if (style && /display\s*:\s*none/i.test(style)) return true;
  }
  return false;
}

export interface Scored {
  element: HTMLElement;
  score: number;
}

/** How much `element` looks like the control of `role`; -Infinity for what it can never be. */
export function scoreButton(element: Element, role: ButtonRole, index: number): number {
  const words = wordsOf(element);
  const action = actionOf(element);
  // The names an action gives (btnApply, lnkHistory), without WebForms' own postback words.
  const names = action.replace(/dopostback|webform/g, '');
  const says = (r: ButtonRole) => stems[r].test(words);
  const named = (r: ButtonRole) => stems[r].test(names);
  const others = (['apply', 'history', 'preview'] as const).filter((r) => r !== role);
  if (role === 'apply') {
    // 申請履歴 says 申請 too: a history or preview word rules the control out whatever else it says.
    if (others.some(says) || others.some(named)) return Number.NEGATIVE_INFINITY;
    if (stems.never.test(words) || stems.never.test(names)) return Number.NEGATIVE_INFINITY;
    let score = 0;
    if (says('apply')) score += 3;
    if (named('apply')) score += 3;
    if (submits(element)) score += 2;
    if (OPENS.test(action)) score -= 3;
    if (PRIMARY.test((element.getAttribute('class') ?? '').toLowerCase())) score += 1;
    if (index === 0) score += 1;
    return score;
  }
  if (others.some(says) && !says(role)) return Number.NEGATIVE_INFINITY;
  let score = 0;
  if (says(role)) score += 3;
  if (named(role)) score += 3;
  if (OPENS.test(action)) score += 1;
  return score;
}

/** The best-scoring candidate for `role`, when it clearly is one (a tie is no answer). */
export function pickButton(candidates: readonly HTMLElement[], role: ButtonRole): HTMLElement | undefined {
  const scored = candidates
    .map((element, index) => ({ element, score: scoreButton(element, role, index) }))
    .filter((s) => s.score >= 3)
    .sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best || (second && second.score === best.score)) return undefined;
  return best.element;
}

/**
 * The form's button area: the pressables that follow the form table (not inside it), visible by
 * markup, outside QSM's layers (the extension's own buttons live in shadow roots, out of reach);
 * the first few of them.
 * When the table's last row holds only buttons, those count as the area too.
 */
export function buttonArea(table: HTMLElement, scope: ParentNode): HTMLElement[] {
  const stop = isElement(scope as Node) ? (scope as Element) : null;
  const inLastRow = lastButtonRow(table);
  const after = all<HTMLElement>(scope, PRESSABLE).filter(
    (el) =>
      (inLastRow?.contains(el) || (!table.contains(el) && (table.compareDocumentPosition(el) & 4) !== 0)) &&
      !hiddenByMarkup(el, stop) &&
      !el.closest(LAYER) &&
      !(tagIs(el, 'a') && el.querySelector('input, button')),
  );
  // A pressable inside another pressable (an image in a link) is the same control.
  const outer = after.filter((el) => !after.some((other) => other !== el && other.contains(el)));
  return outer.slice(0, BUTTON_AREA);
}

/** The form table's last row when it holds buttons and no field (no select, text or radio). */
function lastButtonRow(table: HTMLElement): HTMLTableRowElement | null {
  const rows = tagIs(table, 'table') ? Array.from((table as HTMLTableElement).rows) : [];
  const last = rows[rows.length - 1];
  if (!last) return null;
  const fields = last.querySelector(
    'select, textarea, input[type=text], input[type=radio], input[type=file]',
  );
  return !fields && last.querySelector(PRESSABLE) ? last : null;
}

/**
 * Whether a press of `element`, inside the history dialog, sends the ticked pushes' cancellation: it
 * says cancel, or it posts the form back and is no search or close. Words are one signal; where they
 * are not ours, the postback is the other.
 */
export function cancelsTicked(element: Element): boolean {
  const words = wordsOf(element);
  if (stems.search.test(words)) return false;
  return stems.cancel.test(words) || submits(element);
}

/** The pressable `target` is, or sits in (a click lands on an image inside a link). */
export function pressableOf(target: Element | null): HTMLElement | null {
  return target?.closest<HTMLElement>(PRESSABLE) ?? null;
}
