import { effect, untracked } from '@preact/signals';
import { FindingList } from '../../../components/FindingList';
import { TimePair } from '../../../components/TimePair';
import { t } from '../../../lib/i18n';
import type { DraftField } from '../../../lib/schema';
import { cancelDeadline, localZone, sendAtOf } from '../../../lib/time/jst';
import { onAbort } from '../../../lib/util/abort';
import type { Feature, QsmPage } from '../../feature';
import { fieldControl, mountInShadow } from '../../mount';
import fieldFindingsCss from './field-findings.css?inline';

const findingsOf = (page: QsmPage, fields: DraftField[]) =>
  page.attention.shown.value.filter((f) => (fields as string[]).includes(f.field));

function FieldFindings({ page, fields, zone }: { page: QsmPage; fields: DraftField[]; zone: string }) {
  const findings = findingsOf(page, fields);
  return (
    <div class="qpp field">
      <FindingList findings={findings} lang={page.lang} zone={zone} />
      {fields.includes('sendTime') && <SendTimeInfo page={page} zone={zone} />}
    </div>
  );
}

/** Beside the send time: the JST time, the seller's own time, and the cancel deadline. */
function SendTimeInfo({ page, zone }: { page: QsmPage; zone: string }) {
  const sendAt = sendAtOf(page.draft.value);
  if (!sendAt) return null;
  const deadline = cancelDeadline(sendAt);
  const closed = deadline.getTime() <= page.now.value.getTime();
  return (
    <div class="send-time" data-qpp="send-time">
      <div>
        <TimePair instant={sendAt} lang={page.lang} zone={zone} />
      </div>
      <div class={closed ? 'muted' : ''} data-qpp="cancel-deadline">
        {closed ? (
          t(page.lang, 'sendTime.noCancel')
        ) : (
          <>
            {t(page.lang, 'sendTime.deadline')}
            <TimePair instant={deadline} lang={page.lang} zone={zone} />
          </>
        )}
      </div>
    </div>
  );
}

/**
 * Ties a field's findings to its control for assistive technology: `aria-describedby` gains our
 * host's id (the description is read through its shadow root), `aria-invalid` is set while an
 * error shows. QSM's own values of both come back when the findings go, and on teardown.
 */
function describeControl(control: HTMLElement, id: string) {
  let ownInvalid: string | null | undefined; // undefined: we have not set aria-invalid
  const put = (name: string, value: string | null) =>
    value === null ? control.removeAttribute(name) : control.setAttribute(name, value);
  const set = (described: boolean, invalid: boolean) => {
    const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((t) => t && t !== id);
    if (described) ids.push(id);
    put('aria-describedby', ids.length ? ids.join(' ') : null);
    if (invalid && ownInvalid === undefined) {
      ownInvalid = control.getAttribute('aria-invalid');
      control.setAttribute('aria-invalid', 'true');
    } else if (!invalid && ownInvalid !== undefined) {
      put('aria-invalid', ownInvalid);
      ownInvalid = undefined;
    }
  };
  return { set, restore: () => set(false, false) };
}

/** Findings beside the fields they belong to; fields sharing a row (date and time) share one list. */
export const fieldFindings: Feature = {
  id: 'field-findings',
  include: (page) => page.form !== null,
  init(page, signal) {
    const rows = new Map<HTMLElement, DraftField[]>();
    for (const [field, row] of Object.entries(page.form?.rows ?? {}) as [DraftField, HTMLElement][]) {
      rows.set(row, [...(rows.get(row) ?? []), field]);
    }
    for (const [row, fields] of rows) {
      // A row gets its host once it has something to say (a finding, the send time's JST and local
      // times): a fresh form says nothing, and nothing is built for it.
      let aria: ReturnType<typeof describeControl> | undefined;
      const mount = () => {
        const cell = row.lastElementChild ?? row;
        const name = `findings-${fields.join('-')}`;
        const host = mountInShadow(
          { name, anchor: cell, placement: 'append', css: fieldFindingsCss, signal },
          <FieldFindings page={page} fields={fields} zone={localZone()} />,
        );
        host.id = `qpp-${name}`;
        const control = fieldControl(row);
        return control ? describeControl(control, host.id) : undefined;
      };
      let mounted = false;
      const stop = effect(() => {
        const findings = findingsOf(page, fields);
        const sendTime = fields.includes('sendTime') && sendAtOf(page.draft.value) !== null;
        if (!mounted && (findings.length > 0 || sendTime)) {
          mounted = true;
          aria = untracked(mount);
        }
        aria?.set(
          findings.length > 0,
          findings.some((f) => f.severity === 'error'),
        );
      });
      onAbort(signal, () => {
        stop();
        aria?.restore();
      });
    }
  },
};
