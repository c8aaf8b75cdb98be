import type { Lang } from '../../lib/i18n';
import {
  type CancelState,
  compactCountdown,
  countdownParts,
  formatCountdown,
} from '../../lib/pushes/countdown';

/**
 * The live countdown to a push's cancel deadline; `data-state` is its phase (cancellable, closed…).
 * Its duration never breaks across lines. `compact` (a line with room for a word only) shows the hours
 * left, the whole sentence its accessible name.
 */
export function Countdown({
  state,
  lang,
  compact = false,
}: {
  state: CancelState;
  lang: Lang;
  compact?: boolean;
}) {
  const short = compact ? compactCountdown(lang, state) : null;
  if (short !== null) {
    return (
      <span
        class="countdown"
        data-qpp="countdown-text"
        data-state={state.phase}
        role="timer"
        aria-label={formatCountdown(lang, state)}
      >
        <span class="duration">{short}</span>
      </span>
    );
  }
  const { before, duration, after } = countdownParts(lang, state);
  return (
    <span class="countdown" data-qpp="countdown-text" data-state={state.phase} role="timer">
      {before}
      {duration && (
        <span class="duration" data-qpp="countdown-duration">
          {duration}
        </span>
      )}
      {after}
    </span>
  );
}
