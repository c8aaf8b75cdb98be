/**
 * Mounts a piece of the extension's UI into QSM's page inside a closed shadow root (components/shadow.ts), so the page's CSS
 * and ours never meet. The host carries `data-qpp="<name>"`; everything is removed on abort.
 */
import { type ComponentChild, render } from 'preact';
import baseCss from '../components/base.css?inline';
import { attachQppShadow } from '../components/shadow';
import { onAbort } from '../lib/util/abort';

export type Placement = 'append' | 'prepend' | 'before' | 'after';

export interface MountOptions {
  name: string;
  anchor: Element;
  placement: Placement;
  css?: string;
  signal: AbortSignal;
  /** `inline` for annotations inside QSM's layout; `block` for panels and dialogs. */
  display?: 'inline-block' | 'block';
}

/** Marks every node the extension inserts, so observers of QSM's DOM can ignore our own changes. */
export const HOST_ATTRIBUTE = 'data-qpp-host';

export function mountInShadow(options: MountOptions, ui: ComponentChild): HTMLElement {
  const { name, anchor, placement, css = '', signal, display = 'block' } = options;
  const host = anchor.ownerDocument.createElement('div');
  host.setAttribute('data-qpp', name);
  host.setAttribute(HOST_ATTRIBUTE, '');
  host.style.display = display;
  const shadow = attachQppShadow(host);
  const style = anchor.ownerDocument.createElement('style');
  style.textContent = baseCss + css;
  const container = anchor.ownerDocument.createElement('div');
  shadow.append(style, container);
  ({
    append: () => anchor.append(host),
    prepend: () => anchor.prepend(host),
    before: () => anchor.before(host),
    after: () => anchor.after(host),
  })[placement]();
  render(ui, container);
  onAbort(signal, () => {
    render(null, container);
    host.remove();
  });
  return host;
}

/** True for a node that is, or sits inside, something the extension inserted. */
export function isOwnNode(node: Node | null): boolean {
  // nodeType, not instanceof: a node of another window (a frame, a test's happy-dom) is no global Element.
  const element = node?.nodeType === 1 ? (node as Element) : node?.parentElement;
  return Boolean(element?.closest(`[${HOST_ATTRIBUTE}]`));
}

/**
 * The top of QSM's content column, where the extension's strips (panel, templates) sit in the page's
 * flow: aligned with the form, never over a control. Inside the form's container, or before a bare table.
 */
export function formTop(root: HTMLElement): { anchor: Element; placement: Placement } {
  return root.tagName === 'TABLE'
    ? { anchor: root, placement: 'before' }
    : { anchor: root, placement: 'prepend' };
}

/** The control a field's findings are about: the first one a seller can focus in its row. */
export function fieldControl(row: Element): HTMLElement | null {
  return row.querySelector<HTMLElement>(
    'select:not([disabled]), input:not([type=hidden]):not([disabled]), textarea:not([disabled]), button:not([disabled]), a[href]',
  );
}
