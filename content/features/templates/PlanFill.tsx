import { useState } from 'preact/hooks';
import { skipMessage } from '../../../components/templates/summary';
import { type Lang, type MessageKey, t } from '../../../lib/i18n';
import { weekdayOf } from '../../../lib/plan';
import { weekdayName } from '../../../lib/plan/words';
import type { FillResult } from '../../../lib/qsm/fill';
import type { RestoreResult } from '../../../lib/qsm/undo';
import type { PushTemplate } from '../../../lib/templates';
import { formatInstant } from '../../../lib/time/format';
import { jstDate } from '../../../lib/time/jst';

/** A planned push whose apply window is open now, as the push page offers it. */
export interface PlanOffer {
  slotId: string;
  sendAt: string;
  template: PushTemplate | null;
}

export interface PlanFillProps {
  offers: readonly PlanOffer[];
  lang: Lang;
  zone: string;
  /** Fills the form for the planned push (the template's fill, with the planned date and time). */
  onFill: (offer: PlanOffer) => FillResult;
  canUndo: boolean;
  onUndo: () => RestoreResult | null;
}

type Notice =
  | { kind: 'filled'; offer: PlanOffer; result: FillResult }
  | { kind: 'undone'; result: RestoreResult };

/** `Fri 2026-12-11 20:00 JST (19:00 China Standard Time)`. */
function planned(lang: Lang, sendAt: string, zone: string): string {
  const at = new Date(sendAt);
  return `${weekdayName(lang, weekdayOf(jstDate(at)))} ${formatInstant(at, lang, zone)}`;
}

function skipped(lang: Lang, offer: PlanOffer, skip: FillResult['skipped'][number]): string {
  if (offer.template) return skipMessage(lang, skip.field, skip.reason, offer.template);
  const why = t(lang, `templates.skip.${skip.reason}`, { coupon: '', n: 0, weekday: '' });
  return `${t(lang, `field.${skip.field}` as MessageKey)}: ${why}`;
}

/**
 * Above the push form while a planned push's window is open: one click fills the form for it, and
 * the fill can be undone like a template's. The seller still presses 申请 themselves.
 */
export function PlanFill({ offers, lang, zone, onFill, canUndo, onUndo }: PlanFillProps) {
  const [notice, setNotice] = useState<Notice | null>(null);
  if (offers.length === 0 && !notice) return null;
  return (
    <section class="qpp template-bar" data-qpp="plan-fill-bar">
      <div class="line">
        <strong>{t(lang, 'plan.fill.title')}</strong>
        {offers.map((offer) => (
          <button
            key={`${offer.slotId}|${offer.sendAt}`}
            type="button"
            class="primary"
            data-qpp="plan-fill"
            data-send-at={offer.sendAt}
            onClick={() => setNotice({ kind: 'filled', offer, result: onFill(offer) })}
          >
            {t(lang, 'plan.fill', { time: planned(lang, offer.sendAt, zone) })}
          </button>
        ))}
      </div>
      {notice?.kind === 'filled' && (
        <div role="status" data-qpp="plan-fill-notice">
          <div class="ok">
            {notice.offer.template
              ? t(lang, 'plan.filled', { n: notice.result.filled.length })
              : t(lang, 'plan.fill.noTemplate')}
          </div>
          {notice.result.skipped.length > 0 && (
            <ul class="skipped">
              {notice.result.skipped.map((skip) => (
                <li key={skip.field} data-skip={skip.field} data-reason={skip.reason}>
                  {skipped(lang, notice.offer, skip)}
                </li>
              ))}
            </ul>
          )}
          {canUndo && (
            <button
              type="button"
              data-qpp="plan-undo"
              onClick={() => {
                const result = onUndo();
                setNotice(result ? { kind: 'undone', result } : null);
              }}
            >
              {t(lang, 'templates.undo')}
            </button>
          )}
        </div>
      )}
      {notice?.kind === 'undone' && (
        <div class={notice.result.failed ? 'error' : 'ok'} role="status" data-qpp="plan-fill-notice">
          {notice.result.failed
            ? t(lang, 'templates.undone.partly', { n: notice.result.failed })
            : t(lang, 'templates.undone')}
        </div>
      )}
    </section>
  );
}
