// @vitest-environment happy-dom
/**
 * The fitter's output follows its settings: while the bytes for a new choice are being encoded, the
 * last ones (another type, another crop) are neither put into the form nor downloaded, and the result
 * line names the type the shown bytes are in. (CI caught a .png name on JPEG bytes in Firefox: "PNG"
 * was shown and put before its encoding had come.)
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sniffImage } from '../../lib/banner/image';
import { t } from '../../lib/i18n';
import { decodablePng, jpeg, png } from '../support/images';

/** Each encoding the fitter asks for, to be answered when the test says. */
const encodings: { type: string; resolve: (bytes: Uint8Array) => void }[] = [];
vi.mock('../../components/banner/draw', () => ({
  decode: async () => ({ width: 1920, height: 300, close() {} }),
  pictureEdge: () => '#000000',
  drawBanner: () => undefined,
  encode: (_canvas: unknown, type: string) =>
    new Promise<Uint8Array>((resolve) => encodings.push({ type, resolve })),
}));
const { BannerFitter } = await import('../../components/banner/BannerFitter');

afterEach(() => {
  render(null, document.body);
  encodings.splice(0);
});

/** Lets the fitter's promises and effects run. */
const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
const q = <T extends Element>(selector: string) => document.querySelector<T>(selector);

describe('the banner fitter while it encodes', () => {
  it('puts and names only the bytes of the current choice', async () => {
    const put = vi.fn(async (_name: string, _bytes: Uint8Array) => true);
    await act(() => {
      render(
        <BannerFitter
          lang="en"
          image={{ name: 'winter sale.png', bytes: decodablePng(1920, 300).buffer as ArrayBuffer }}
          onPut={put}
        />,
        document.body,
      );
    });
    await settle();
    expect(encodings.map((e) => e.type)).toEqual(['image/jpeg']);
    const putButton = () => q<HTMLButtonElement>('[data-qpp="banner-fit-put"]') as HTMLButtonElement;
    const download = () => q<HTMLButtonElement>('[data-qpp="banner-fit-download"]') as HTMLButtonElement;
    expect(putButton().disabled).toBe(true);

    await act(() => encodings[0]?.resolve(new Uint8Array(jpeg(1860, 240))));
    await settle();
    expect(q('[data-qpp="banner-fit-result"]')?.textContent).toMatch(/^Result: 1860 × 240 px JPEG/);
    expect(putButton().disabled).toBe(false);

    // PNG chosen: its encoding has not come yet, so the JPEG stays shown as JPEG and cannot be used.
    await act(() => q<HTMLInputElement>('input[name="type"][value="image/png"]')?.click());
    await settle();
    expect(encodings.map((e) => e.type)).toEqual(['image/jpeg', 'image/png']);
    expect(q('[data-qpp="banner-fit-result"]')?.textContent).toMatch(/^Result: 1860 × 240 px JPEG/);
    expect(putButton().disabled).toBe(true);
    expect(download().disabled).toBe(true);
    await act(() => putButton().click());
    expect(put).not.toHaveBeenCalled();

    await act(() => encodings[1]?.resolve(new Uint8Array(png(1860, 240))));
    await settle();
    expect(q('[data-qpp="banner-fit-result"]')?.textContent).toMatch(/^Result: 1860 × 240 px PNG/);
    expect(putButton().disabled).toBe(false);
    await act(() => putButton().click());
    await settle();
    expect(put).toHaveBeenCalledTimes(1);
    const [name, bytes] = put.mock.calls[0] as [string, Uint8Array];
    expect(name).toBe('winter_sale-1860x240.png');
    expect(sniffImage(bytes)?.type).toBe('image/png');
    expect(q('[data-qpp="banner-fit-status"]')?.textContent).toBe(t('en', 'bannerFit.put.done'));
  });
});
