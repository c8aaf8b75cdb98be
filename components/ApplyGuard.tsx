import { useEffect, useRef, useState } from 'preact/hooks';
import { type Lang, t } from '../lib/i18n';
import type { Finding } from '../lib/schema';
import { FindingList } from './FindingList';

export interface ApplyGuardProps {
  errors: Finding[];
  lang: Lang;
  zone: string;
  onClose: () => void;
  /** Called only after the seller confirmed twice. */
  onOverride: () => void;
}

/** Shown instead of submitting when the form has errors; overriding takes an explicit second click. */
export function ApplyGuard({ errors, lang, zone, onClose, onOverride }: ApplyGuardProps) {
  const [confirming, setConfirming] = useState(false);
  const fix = useRef<HTMLButtonElement>(null);
  // A modal alert takes the focus, so Enter or Escape-then-Enter cannot re-submit the form behind it.
  useEffect(() => fix.current?.focus(), []);
  return (
    <div class="qpp backdrop">
      <div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="qpp-guard-title">
        <h2 id="qpp-guard-title">{t(lang, 'guard.title')}</h2>
        <p>{t(lang, 'guard.body')}</p>
        <FindingList findings={errors} lang={lang} zone={zone} />
        {confirming && <p class="confirm">{t(lang, 'guard.confirmPrompt')}</p>}
        <div class="actions">
          <button type="button" class="primary" data-qpp="guard-fix" onClick={onClose} ref={fix}>
            {t(lang, 'guard.fix')}
          </button>
          {confirming ? (
            <button type="button" class="danger" data-qpp="guard-confirm" onClick={onOverride}>
              {t(lang, 'guard.confirm', { n: errors.length })}
            </button>
          ) : (
            <button
              type="button"
              class="danger"
              data-qpp="guard-override"
              onClick={() => setConfirming(true)}
            >
              {t(lang, 'guard.override')}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}

export const applyGuardCss = `
.backdrop { position: fixed; inset: 0; z-index: 2147483001; background: rgba(0,0,0,.35); display: flex; align-items: center; justify-content: center; }
.dialog { background: #fff; border-radius: 10px; padding: 18px 20px; width: min(520px, 92vw); max-height: 80vh; overflow: auto; box-shadow: 0 10px 40px rgba(0,0,0,.3); }
.dialog h2 { margin: 0 0 6px; font-size: 16px; color: #8e1c1c; }
.confirm { color: #8e1c1c; font-weight: 600; }
.actions { display: flex; gap: 8px; justify-content: flex-end; margin-top: 12px; flex-wrap: wrap; }
`;
