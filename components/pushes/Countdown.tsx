import type { Lang } from '../../lib/i18n';
import { cancelState, formatCountdown } from '../../lib/pushes/countdown';
import type { PushRecord } from '../../lib/schema';

/** The live countdown to a push's cancel deadline; `data-state` is its phase (cancellable, closed…). */
export function Countdown({
  record,
  now,
  lang,
  leadMs,
}: {
  record: Pick<PushRecord, 'sendAt' | 'status'>;
  now: Date;
  lang: Lang;
  leadMs?: number;
}) {
  const state = cancelState(record, now, leadMs);
  return (
    <span class="countdown" data-state={state.phase} role="timer">
      {formatCountdown(lang, state)}
    </span>
  );
}
