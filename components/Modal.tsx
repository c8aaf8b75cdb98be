import type { ComponentChildren, RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { shadowRootOf } from './shadow';

export interface ModalProps {
  class: string;
  role?: 'dialog' | 'alertdialog';
  labelledBy: string;
  describedBy?: string;
  /** Escape, or a close the browser does itself; the caller unmounts the modal and restores focus. */
  onClose: () => void;
  /** What takes the focus when the modal opens (else the browser's first focusable element). */
  initialFocus?: RefObject<HTMLElement | null>;
  children: ComponentChildren;
}

const FOCUSABLE =
  'button:not([disabled]), a[href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]';

/**
 * A modal through the native `<dialog>` and `showModal()`: the page behind is inert (focus stays
 * inside: Tab cycles within it), Escape closes it, and it sits in the top layer, above QSM's page.
 * Only the seller's own action opens one (申请, the preview button), so being above QSM's own
 * dialogs is what they asked for. The focus goes back to what had it when the modal opened.
 */
export function Modal({
  class: className,
  role,
  labelledBy,
  describedBy,
  onClose,
  initialFocus,
  children,
}: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const closeRef = useRef(onClose);
  closeRef.current = onClose;
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    let mounted = true;
    const onCancel = (event: Event) => {
      event.preventDefault();
      closeRef.current();
    };
    const onNativeClose = () => {
      if (mounted) closeRef.current();
    };
    // The page behind is inert, but Tab past the last control would leave for the browser's own UI.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Tab') return;
      const focusable = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
        (el) => !el.closest('[hidden]') && el.tabIndex >= 0,
      );
      const first = focusable[0];
      const last = focusable.at(-1);
      const active = (dialog.getRootNode() as ShadowRoot | Document).activeElement;
      if (event.shiftKey ? active === first : active === last) {
        event.preventDefault();
        (event.shiftKey ? last : first)?.focus();
      }
    };
    dialog.addEventListener('keydown', onKeyDown);
    dialog.addEventListener('cancel', onCancel);
    dialog.addEventListener('close', onNativeClose);
    // What had the focus before (through shadow roots): it gets it back when the modal goes.
    let opener = dialog.ownerDocument.activeElement;
    for (let root = shadowRootOf(opener); root?.activeElement; root = shadowRootOf(opener)) {
      opener = root.activeElement;
    }
    dialog.showModal();
    initialFocus?.current?.focus();
    return () => {
      mounted = false;
      dialog.removeEventListener('keydown', onKeyDown);
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('close', onNativeClose);
      if (dialog.open) dialog.close();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      class={`qpp ${className}`}
      role={role}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
    >
      {children}
    </dialog>
  );
}
