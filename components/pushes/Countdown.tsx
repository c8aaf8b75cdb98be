import type { Lang } from '../../lib/i18n';
import { type CancelState, formatCountdown } from '../../lib/pushes/countdown';

/** The live countdown to a push's cancel deadline; `data-state` is its phase (cancellable, closed…). */
export function Countdown({ state, lang }: { state: CancelState; lang: Lang }) {
  return (
    <span class="countdown" data-qpp="countdown-text" data-state={state.phase} role="timer">
      {formatCountdown(lang, state)}
    </span>
  );
}
