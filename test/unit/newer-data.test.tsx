// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { NewerDataNotice } from '../../components/NewerDataNotice';

const host = document.createElement('div');
afterEach(() => render(null, host));

describe('NewerDataNotice', () => {
  it('names the areas a newer version wrote, in the seller’s language', () => {
    render(<NewerDataNotice areas={['pushes', 'templates']} lang="zh" />, host);
    const notice = host.querySelector('[data-qpp="newer-data"]');
    expect(notice?.getAttribute('data-areas')).toBe('pushes templates');
    expect(notice?.textContent).toContain('推送列表');
    expect(notice?.textContent).toContain('模板');
    expect(notice?.getAttribute('role')).toBe('status');
  });

  it('shows nothing when every area is this version’s own', () => {
    render(<NewerDataNotice areas={[]} lang="en" />, host);
    expect(host.innerHTML).toBe('');
  });
});
