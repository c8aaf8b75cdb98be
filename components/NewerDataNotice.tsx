/** One line on the popup and the options page: data a newer version stored is kept for it, untouched. */
import { type Lang, t } from '../lib/i18n';
import type { StoredArea } from '../lib/storage/versioned';

export function NewerDataNotice({ areas, lang }: { areas: readonly StoredArea[]; lang: Lang }) {
  if (areas.length === 0) return null;
  const names = new Intl.ListFormat(lang, { type: 'conjunction' }).format(
    areas.map((area) => t(lang, `storage.area.${area}`)),
  );
  return (
    <p class="qpp newer-data" role="status" data-qpp="newer-data" data-areas={areas.join(' ')}>
      {t(lang, 'storage.newer', { areas: names })}
    </p>
  );
}
