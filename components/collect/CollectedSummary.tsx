/** The popup's line about the collected orders (lib/collect/list.ts): how many, from where, and Clear. */
import { type Collected, collectedCount, collectedSources, sourcePageNames } from '../../lib/collect/list';
import { type Lang, t } from '../../lib/i18n';

export function CollectedSummary({
  lang,
  list,
  onClear,
}: {
  lang: Lang;
  list: Collected;
  onClear: () => void;
}) {
  const count = collectedCount(list);
  const pages = collectedSources(list)
    .map((source) => sourcePageNames[source])
    .join(' / ');
  return (
    <section data-qpp="collected" data-count={count}>
      <h2>{t(lang, 'collect.popup.title')}</h2>
      {count === 0 ? (
        <p class="muted">
          {t(lang, 'collect.popup.empty', {
            delivery: sourcePageNames.delivery,
            claim: sourcePageNames.claim,
          })}
        </p>
      ) : (
        <p>
          {t(lang, 'collect.popup.count', { count, pages })}{' '}
          <button type="button" class="link" data-qpp="collect-clear" onClick={onClear}>
            {t(lang, 'collect.clear')}
          </button>
        </p>
      )}
      <p class="muted">{t(lang, 'collect.session')}</p>
    </section>
  );
}
