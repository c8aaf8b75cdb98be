// @vitest-environment happy-dom
/** The collect bar says why nothing can be added instead of picking a column silently; its count and batches. */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CollectBar, type CollectBarProps } from '../../../content/features/order-collect/CollectBar';
import { addBatch, emptyCollected } from '../../../lib/collect/list';

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

function mount(props: Partial<CollectBarProps>) {
  host = document.createElement('div');
  document.body.append(host);
  const all: CollectBarProps = {
    lang: 'en',
    list: emptyCollected(),
    column: { kind: 'found', index: 2, by: 'header', header: 'Order No.' },
    shown: 20,
    note: null,
    busy: false,
    onAdd: vi.fn(),
    onRemove: vi.fn(),
    onClear: vi.fn(),
    ...props,
  };
  render(<CollectBar {...all} />, host);
  return all;
}
const button = (name: string) => host.querySelector<HTMLButtonElement>(`[data-qpp="${name}"]`);

describe('CollectBar', () => {
  it('refuses to add when two columns could hold the order numbers, and says which', () => {
    mount({ column: { kind: 'ambiguous', headers: ['qlx', 'zorp'] } });
    expect(host.querySelector('[data-qpp="collect-ambiguous"]')?.textContent).toContain('“qlx”, “zorp”');
    expect(button('collect-ticked')?.disabled).toBe(true);
    expect(button('collect-all')?.disabled).toBe(true);
  });

  it('shows the count, the page a batch came from, and removes one', () => {
    const { list } = addBatch(emptyCollected(), {
      id: 'b1',
      source: 'claim',
      at: new Date().toISOString(),
      orders: ['262749754', '262749885'],
    });
    const props = mount({ list, claims: true });
    expect(host.querySelector('section')?.getAttribute('data-count')).toBe('2');
    expect(host.textContent).toContain('kept until the browser closes');
    button('collect-seller-fault')?.click();
    expect(props.onAdd).toHaveBeenCalledWith('seller-fault');
    button('collect-review')?.click();
    return Promise.resolve().then(() => {
      expect(host.querySelector('[data-batch="b1"]')?.textContent).toContain('2 from クレーム管理');
      button('collect-remove')?.click();
      expect(props.onRemove).toHaveBeenCalledWith('b1');
    });
  });
});
