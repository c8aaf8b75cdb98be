import { useRef, useState } from 'preact/hooks';
import { FindingList } from '../../../components/FindingList';
import { Modal } from '../../../components/Modal';
import { type Lang, t } from '../../../lib/i18n';
import type { Finding } from '../../../lib/schema';

export interface ApplyGuardProps {
  errors: Finding[];
  lang: Lang;
  zone: string;
  /** "Go back", Escape: nothing is sent; the caller puts the focus back on 申请. */
  onClose: () => void;
  /** Called only after the seller confirmed twice. */
  onOverride: () => void;
}

/** Shown instead of submitting when the form has errors; overriding takes an explicit second click. */
export function ApplyGuard({ errors, lang, zone, onClose, onOverride }: ApplyGuardProps) {
  const [confirming, setConfirming] = useState(false);
  // The safe choice takes the focus, so Enter cannot re-submit the form behind the dialog.
  const fix = useRef<HTMLButtonElement>(null);
  return (
    <Modal
      class="guard"
      role="alertdialog"
      labelledBy="qpp-guard-title"
      describedBy="qpp-guard-body"
      onClose={onClose}
      initialFocus={fix}
    >
      <h2 id="qpp-guard-title">{t(lang, 'guard.title')}</h2>
      <p id="qpp-guard-body">{t(lang, 'guard.body')}</p>
      <FindingList findings={errors} lang={lang} zone={zone} />
      {confirming && (
        <p class="confirm" role="alert">
          {t(lang, 'guard.confirmPrompt')}
        </p>
      )}
      <div class="actions">
        <button type="button" class="primary" data-qpp="guard-fix" onClick={onClose} ref={fix}>
          {t(lang, 'guard.fix')}
        </button>
        {confirming ? (
          <button type="button" class="danger" data-qpp="guard-confirm" onClick={onOverride}>
            {t(lang, 'guard.confirm', { n: errors.length })}
          </button>
        ) : (
          <button type="button" class="danger" data-qpp="guard-override" onClick={() => setConfirming(true)}>
            {t(lang, 'guard.override')}
          </button>
        )}
      </div>
    </Modal>
  );
}
