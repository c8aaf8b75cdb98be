import type { ComponentChildren, RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

export { default as modalCss } from './modal.css?inline';

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

/**
 * A modal through the native `<dialog>` and `showModal()`: the page behind is inert (focus stays
 * inside, Tab cannot leave), Escape closes it, and it sits in the top layer, above QSM's page.
 * Only the seller's own action opens one (申请, the preview button), so being above QSM's own
 * dialogs is what they asked for.
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
  useEffect(() => {
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
    dialog.addEventListener('cancel', onCancel);
    dialog.addEventListener('close', onNativeClose);
    dialog.showModal();
    initialFocus?.current?.focus();
    return () => {
      mounted = false;
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('close', onNativeClose);
      if (dialog.open) dialog.close();
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
