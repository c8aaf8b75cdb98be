// @vitest-environment happy-dom
/**
 * The extension's own nodes coming and going in QSM's form (a finding beside a field, the panel) are
 * no change of the form: the draft and the history are not read again for them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { isOwnNode } from '../../../content/mount';
import { onlyOwnMutations } from '../../../lib/qsm/watch';

afterEach(() => {
  document.body.textContent = '';
});

/** The mutation records `change` makes under a QSM form row. */
async function recordsOf(change: (row: HTMLElement, own: HTMLElement) => void): Promise<MutationRecord[]> {
  const row = document.createElement('tr');
  const cell = document.createElement('td');
  row.append(cell);
  const own = document.createElement('div');
  own.setAttribute('data-qpp-host', '');
  own.append(document.createElement('span'));
  document.body.append(row);
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  change(cell, own);
  await new Promise((resolve) => setTimeout(resolve, 0));
  observer.disconnect();
  expect(records.length).toBeGreaterThan(0);
  return records;
}

describe('onlyOwnMutations', () => {
  it('is true for our host put into QSM’s row, changed, or taken out', async () => {
    expect(onlyOwnMutations(await recordsOf((cell, own) => cell.append(own)), isOwnNode)).toBe(true);
    const changed = await recordsOf((cell, own) => {
      cell.append(own);
      own.style.display = 'none';
      own.firstElementChild?.setAttribute('class', 'x');
      own.remove();
    });
    expect(onlyOwnMutations(changed, isOwnNode)).toBe(true);
  });

  it('is false as soon as one change is QSM’s own', async () => {
    expect(
      onlyOwnMutations(await recordsOf((cell) => cell.append(document.createElement('select'))), isOwnNode),
    ).toBe(false);
    const mixed = await recordsOf((cell, own) => {
      cell.append(own);
      cell.setAttribute('class', 'on');
    });
    expect(onlyOwnMutations(mixed, isOwnNode)).toBe(false);
    // QSM re-rendering a cell that held our host: its own nodes changed too.
    const replaced = await recordsOf((cell, own) => {
      cell.append(own);
      cell.replaceChildren(document.createTextNode('1,207,384'));
    });
    expect(onlyOwnMutations(replaced, isOwnNode)).toBe(false);
  });
});
