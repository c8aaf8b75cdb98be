// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { putTemplateFile } from '../../../content/features/order-converter';

function page() {
  document.body.innerHTML = `
    <a id="open" href="#">+ 订单号上传</a>
    <div id="layer" style="display:none">
      <input id="file" type="file" accept=".xlsx,.xls,.csv,.txt">
      <input id="submit" type="button" value="Upload File">
    </div>`;
  const get = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  const open = get<HTMLAnchorElement>('open');
  const layer = get<HTMLDivElement>('layer');
  open.addEventListener('click', (event) => {
    event.preventDefault();
    layer.style.display = 'block';
  });
  return { open, layer, input: get<HTMLInputElement>('file'), submit: get<HTMLInputElement>('submit') };
}

describe('putTemplateFile', () => {
  it('opens the upload dialog, sets the file and fires bubbling input and change events', async () => {
    const { open, layer, input, submit } = page();
    const events: string[] = [];
    document.body.addEventListener('input', (e) => events.push(`input:${(e.target as HTMLElement).id}`));
    document.body.addEventListener('change', (e) => events.push(`change:${(e.target as HTMLElement).id}`));
    const file = new File([new Uint8Array([80, 75, 3, 4])], 'orders-20261127.xlsx');

    const ok = await putTemplateFile(
      { orderUploadOpen: open, orderFile: input, orderUploadSubmit: submit },
      file,
    );

    expect(ok).toBe(true);
    expect(layer.style.display).toBe('block');
    expect(input.files?.length).toBe(1);
    expect(input.files?.[0]?.name).toBe('orders-20261127.xlsx');
    expect(new Uint8Array((await (input.files as FileList)[0]?.arrayBuffer()) ?? new ArrayBuffer(0))).toEqual(
      new Uint8Array([80, 75, 3, 4]),
    );
    expect(events).toEqual(['input:file', 'change:file']);
  });

  it('reports failure when the page has no upload input', async () => {
    const file = new File(['x'], 'orders.xlsx');
    expect(await putTemplateFile({}, file)).toBe(false);
  });
});

describe('putTemplateFile with a dialog QSM builds on opening', () => {
  it('opens it, asks the adapter again and puts the file into the new input', async () => {
    document.body.innerHTML = '<a id="open" href="#">+ 注文番号アップロード</a>';
    const open = document.getElementById('open') as HTMLAnchorElement;
    open.addEventListener('click', () => {
      setTimeout(() => {
        document.body.insertAdjacentHTML('beforeend', '<div id="layer"><input id="late" type="file"></div>');
      }, 60);
    });
    const refind = () => {
      const late = document.getElementById('late');
      return late ? { orderUploadOpen: open, orderFile: late as HTMLInputElement } : undefined;
    };
    const changes: string[] = [];
    document.body.addEventListener('change', (e) => changes.push((e.target as HTMLElement).id));

    const ok = await putTemplateFile({ orderUploadOpen: open }, new File(['x'], 'orders.xlsx'), refind);

    expect(ok).toBe(true);
    expect((document.getElementById('late') as HTMLInputElement).files?.[0]?.name).toBe('orders.xlsx');
    expect(changes).toEqual(['late']);
  });
});
