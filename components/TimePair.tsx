import { type Lang, t } from '../lib/i18n';
import { formatInZone, formatJst, JST } from '../lib/time';

/** An instant in JST with the seller's own time beside it (omitted when the seller is in JST). */
export function TimePair({ instant, lang, zone }: { instant: Date; lang: Lang; zone: string }) {
  return (
    <span class="time-pair">
      <span data-zone="jst">{t(lang, 'time.jst', { time: formatJst(instant) })}</span>
      {zone !== JST && (
        <span class="muted" data-zone="local">
          {' · '}
          {t(lang, 'time.local', { time: formatInZone(instant, zone), zone })}
        </span>
      )}
    </span>
  );
}
