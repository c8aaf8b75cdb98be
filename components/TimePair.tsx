import type { Lang } from '../lib/i18n';
import { instantParts } from '../lib/time/format';
import { NoBreakDates } from './NoBreakDates';

/**
 * An instant in the one time voice of lib/time/format: JST, with the seller's own time when it differs.
 * The JST part never breaks; the seller's part wraps only between the words of its zone's name.
 */
export function TimePair({ instant, lang, zone }: { instant: Date; lang: Lang; zone: string }) {
  const { jst, local } = instantParts(instant, lang, zone);
  return (
    <span class="time-pair">
      <span data-zone="jst" style={{ whiteSpace: 'nowrap' }}>
        {jst}
      </span>
      {local && (
        // A long zone name may wrap between its words (keep-all keeps 北京时间 whole); its date never.
        <span class="muted" data-zone="local" style={{ wordBreak: 'keep-all' }}>
          <NoBreakDates text={local} />
        </span>
      )}
    </span>
  );
}
