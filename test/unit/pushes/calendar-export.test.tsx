// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CalendarExport } from '../../../components/pushes/CalendarExport';
import { t } from '../../../lib/i18n';
import type { CalendarPush } from '../../../lib/pushes/calendar';

const NOW = new Date('2026-11-28T09:00:00+09:00');
const push: CalendarPush = {
  couponNumber: '1207384',
  sendAt: '2026-11-30T15:30:00+09:00',
  status: 'scheduled',
  type: 'ad',
  typeKnown: true,
};

afterEach(() => {
  document.body.textContent = '';
});

function mount(records: CalendarPush[]) {
  const root = document.body.appendChild(document.createElement('div'));
  const save = vi.fn<(name: string, text: string) => void>();
  render(
    <CalendarExport
      records={records}
      reminderLeadMinutes={120}
      lang="zh"
      zone="Asia/Shanghai"
      now={() => NOW}
      save={save}
    />,
    root,
  );
  const status = () => root.querySelector('[data-qpp="calendar-export-status"]')?.textContent;
  root.querySelector<HTMLButtonElement>('[data-qpp="calendar-export"]')?.click();
  return { save, status };
}

describe('the calendar export button', () => {
  it('saves the pending pushes as one .ics file and says what it saved', async () => {
    const { save, status } = mount([push, { ...push, couponNumber: '9', status: 'cancelled' }]);
    // The calendar writer loads on the press (not with the popup), so the file comes a moment later.
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    const [name, text] = save.mock.calls[0] ?? [];
    expect(name).toBe('qsm-pushes-2026-11-28.ics');
    expect(text?.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    await vi.waitFor(() =>
      expect(status()).toBe(t('zh', 'calendar.export.done', { file: 'qsm-pushes-2026-11-28.ics', n: 1 })),
    );
  });

  it('saves nothing, and says so, when no push is waiting to be sent', async () => {
    const { save, status } = mount([{ ...push, status: 'sent', sendAt: '2026-11-27T10:00:00+09:00' }]);
    await vi.waitFor(() => expect(status()).toBe(t('zh', 'calendar.export.none')));
    expect(save).not.toHaveBeenCalled();
  });
});
