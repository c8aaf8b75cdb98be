import { type Lang, t } from '../../lib/i18n';
import { cancelState } from '../../lib/pushes/countdown';
import type { StoredPush } from '../../lib/pushes/store';
import { TimePair } from '../TimePair';
import { Countdown } from './Countdown';

export function typeLabel(lang: Lang, record: Pick<StoredPush, 'type' | 'typeKnown'>): string {
  return record.typeKnown ? t(lang, `type.${record.type}`) : t(lang, 'pushes.type.unknown');
}

/** Pending pushes: coupon, type, send time and cancel deadline (JST and local), live countdown. */
export function PushList({
  records,
  now,
  lang,
  zone,
  leadMs,
}: {
  records: readonly StoredPush[];
  now: Date;
  lang: Lang;
  zone: string;
  leadMs?: number;
}) {
  return (
    <ul class="pushes">
      {records.map((record) => {
        const state = cancelState(record, now, leadMs);
        return (
          <li key={record.id} class="push" data-qpp="push" data-id={record.id} data-state={state.phase}>
            <div class="push-head">
              <span class="push-coupon">
                {t(lang, 'pushes.label.coupon', { coupon: record.couponNumber })}
              </span>
              <span class="push-type">{typeLabel(lang, record)}</span>
            </div>
            <div class="push-line">
              <Countdown state={state} lang={lang} />
            </div>
            <div class="push-line" data-qpp="send-at">
              {t(lang, 'pushes.label.sendAt')}
              <TimePair instant={state.sendAt} lang={lang} zone={zone} />
            </div>
            <div class="push-line muted" data-qpp="deadline">
              {t(lang, 'pushes.label.deadline')}
              <TimePair instant={state.deadline} lang={lang} zone={zone} />
            </div>
            {record.statusWord && (
              <div class="push-line" data-qpp="status-unknown">
                {t(lang, 'coverage.statusUnknown', { word: record.statusWord })}
              </div>
            )}
            {record.source === 'applied' && !record.confirmedAt && (
              <div class="push-line muted" data-qpp="unconfirmed">
                {t(lang, 'pushes.unconfirmed')}
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
