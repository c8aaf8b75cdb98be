import { describe, expect, it } from 'vitest';
import { reportTab } from '../../lib/report/schema';

const QSM = 'https://qsm.qoo10.jp/GMKT.INC.Gsm.Web';

describe('the tab the popup reports on', () => {
  it('is the active tab when it shows QSM', () => {
    const active = { id: 3, url: `${QSM}/coupon-push.ja.aspx`, lastAccessed: 10 };
    const other = { id: 4, url: `${QSM}/other.aspx`, lastAccessed: 20 };
    expect(reportTab(active, [other, active])).toBe(active);
  });

  it('is the QSM tab used last when the active tab is the popup itself or another site', () => {
    const tabs = [
      { id: 4, url: `${QSM}/a.aspx`, lastAccessed: 20 },
      { id: 5, url: `${QSM}/b.aspx`, lastAccessed: 30 },
      { id: 6, url: `${QSM}/c.aspx`, lastAccessed: 25 },
    ];
    expect(reportTab({ id: 1, url: 'chrome-extension://abc/popup.html', lastAccessed: 40 }, tabs)?.id).toBe(
      5,
    );
    expect(reportTab({ id: 2, url: 'https://example.com/' }, tabs)?.id).toBe(5);
    // An active tab whose address the popup may not see (no host permission for it).
    expect(reportTab({ id: 7 }, tabs)?.id).toBe(5);
    expect(reportTab(undefined, tabs)?.id).toBe(5);
  });

  it('is none when no QSM tab is open, and never a look-alike host', () => {
    expect(reportTab({ id: 1, url: 'moz-extension://x/popup.html' }, [])).toBeNull();
    expect(
      reportTab({ id: 1, url: 'https://qsm.qoo10.jp.evil.example/x' }, [
        { id: 2, url: 'https://qsm.qoo10.jp.evil.example/y', lastAccessed: 5 },
        { url: `${QSM}/no-id.aspx`, lastAccessed: 9 },
      ]),
    ).toBeNull();
  });

  it('takes a QSM tab whose browser does not say when it was used', () => {
    expect(reportTab(undefined, [{ id: 8, url: `${QSM}/a.aspx` }])?.id).toBe(8);
  });
});
