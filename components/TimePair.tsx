import { instantParts } from '../lib/format';
import type { Lang } from '../lib/i18n';

/** An instant in the one time voice of lib/format: JST, with the seller's own time when it differs. */
export function TimePair({ instant, lang, zone }: { instant: Date; lang: Lang; zone: string }) {
  const { jst, local } = instantParts(instant, lang, zone);
  return (
    <span class="time-pair">
      <span data-zone="jst" style={{ whiteSpace: 'nowrap' }}>
        {jst}
      </span>
      {local && (
        <span class="muted" data-zone="local" style={{ whiteSpace: 'nowrap' }}>
          {local}
        </span>
      )}
    </span>
  );
}
