// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { NoBreakDates } from '../../../components/NoBreakDates';

describe('NoBreakDates', () => {
  it('keeps each date (and its time) in a span that never wraps, the text unchanged', () => {
    const host = document.createElement('div');
    const text = '本周（2026-11-30 – 2026-12-06）已被占用。预定发送时间：2026-12-03\u00a023:00 日本时间';
    render(<NoBreakDates text={text} />, host);
    expect(host.textContent).toBe(text);
    const spans = [...host.querySelectorAll('span')];
    expect(spans.map((span) => span.textContent)).toEqual([
      '2026-11-30',
      '2026-12-06',
      '2026-12-03\u00a023:00',
    ]);
    for (const span of spans) expect(span.style.whiteSpace).toBe('nowrap');
  });
});
