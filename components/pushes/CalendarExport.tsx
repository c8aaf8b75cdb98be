import { useState } from 'preact/hooks';
import { type Lang, t } from '../../lib/i18n';
import type { CalendarPush } from '../../lib/pushes/calendar';
import { pendingPushes } from '../../lib/pushes/countdown';
import { saveFile } from '../download';

export interface CalendarExportProps {
  records: readonly CalendarPush[];
  reminderLeadMinutes: number;
  lang: Lang;
  zone: string;
  now?: () => Date;
  /** The plan's events at that moment (lib/plan/calendar.ts), written after the pushes. */
  planned?: (at: Date) => PlannedEvents | Promise<PlannedEvents>;
  /** Saves the file; a download link by default (tests pass their own). */
  save?: (name: string, text: string) => void;
}

export interface PlannedEvents {
  events: string[][];
  sends: number;
}

/**
 * "Export to calendar (.ics)": the pending pushes as one calendar file, and what was saved. The
 * calendar writer loads when the seller asks for the file, not with the popup's first paint.
 */
export function CalendarExport({
  records,
  reminderLeadMinutes,
  lang,
  zone,
  now = () => new Date(),
  planned = () => ({ events: [], sends: 0 }),
  save,
}: CalendarExportProps) {
  const [status, setStatus] = useState<string | null>(null);

  async function exportCalendar() {
    const at = now();
    const count = pendingPushes(records, at).length;
    const { events, sends } = await planned(at);
    if (!count && !sends) {
      setStatus(t(lang, 'calendar.export.none'));
      return;
    }
    const { CALENDAR_MIME, calendarFileName, pushCalendar } = await import('../../lib/pushes/calendar');
    const name = calendarFileName(at);
    const text = pushCalendar(records, { now: at, lang, zone, reminderLeadMinutes }, events);
    if (save) save(name, text);
    else saveFile(name, text, CALENDAR_MIME);
    setStatus(
      sends
        ? t(lang, 'plan.calendar.done', { file: name, n: count, planned: sends })
        : t(lang, 'calendar.export.done', { file: name, n: count }),
    );
  }

  return (
    <div class="calendar-export">
      <button type="button" data-qpp="calendar-export" onClick={() => void exportCalendar()}>
        {t(lang, 'calendar.export')}
      </button>
      <p class="muted" role="status" data-qpp="calendar-export-status">
        {status}
      </p>
    </div>
  );
}
