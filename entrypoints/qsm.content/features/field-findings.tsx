import { FindingList } from '../../../components/FindingList';
import { TimePair } from '../../../components/TimePair';
import { t } from '../../../lib/i18n';
import type { DraftField } from '../../../lib/schema';
import { cancelDeadline, localZone, sendAtOf } from '../../../lib/time';
import type { Feature, QsmPage } from '../feature';
import { mountInShadow } from '../mount';

const css = `
.field { margin: 4px 0; }
.send-time { margin-top: 4px; font-size: 12px; }
.send-time div { margin: 1px 0; }
`;

function FieldFindings({ page, fields, zone }: { page: QsmPage; fields: DraftField[]; zone: string }) {
  const findings = page.findings.value.filter((f) => (fields as string[]).includes(f.field));
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
            {t(page.lang, 'sendTime.deadline')} <TimePair instant={deadline} lang={page.lang} zone={zone} />
          </>
        )}
      </div>
    </div>
  );
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
    const zone = localZone();
    for (const [row, fields] of rows) {
      const cell = row.lastElementChild ?? row;
      mountInShadow(
        { name: `findings-${fields.join('-')}`, anchor: cell, placement: 'append', css, signal },
        <FieldFindings page={page} fields={fields} zone={zone} />,
      );
    }
  },
};
