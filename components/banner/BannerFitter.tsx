/**
 * The banner fitter (an extension frame in QSM's banner row, or a page): the picked picture in a
 * true-proportion 1860×240 preview, cover (crop, moved by drag or arrow keys) or contain (padded with
 * its edge colour or a chosen one), JPEG with its quality and size or PNG, then into the banner field
 * or downloaded. The file handed on is checked from its own bytes first (lib/banner/fit).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { fittedFileName } from '../../lib/banner/channel';
import {
  coverCrop,
  type FitMode,
  fittedProblem,
  isAnimatedGif,
  moveCrop,
  type Rect,
} from '../../lib/banner/fit';
import { type Lang, t } from '../../lib/i18n';
import { saveFile } from '../download';
import { decode, drawBanner, encode, type OutputType, pictureEdge } from './draw';
import { FitControls, type PadKind } from './FitControls';
import { FitPreview } from './FitPreview';

export interface PickedImage {
  name: string;
  bytes: ArrayBuffer;
}

export interface BannerFitterProps {
  lang: Lang;
  image: PickedImage;
  /** Puts the fitted file into QSM's banner field; true when it got there. Absent: download only. */
  onPut?: (name: string, bytes: Uint8Array) => Promise<boolean>;
  onClose?: () => void;
}

type Loaded = { bitmap: ImageBitmap; edge: string; animated: boolean } | 'failed' | null;

export function BannerFitter({ lang, image, onPut, onClose }: BannerFitterProps) {
  const [loaded, setLoaded] = useState<Loaded>(null);
  const [mode, setMode] = useState<FitMode>('cover');
  const [crop, setCrop] = useState<Rect | null>(null);
  const [padKind, setPadKind] = useState<PadKind>('edge');
  const [custom, setCustom] = useState('#ffffff');
  const [type, setType] = useState<OutputType>('image/jpeg');
  const [quality, setQuality] = useState(90);
  /** The last encoding, with the type it is in; `encoding` while the one for the current settings runs. */
  const [output, setOutput] = useState<{ bytes: Uint8Array; type: OutputType } | null>(null);
  const [encoding, setEncoding] = useState(false);
  const [put, setPut] = useState<'idle' | 'working' | 'done' | 'failed'>('idle');
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    let live = true;
    setLoaded(null);
    decode(image.bytes).then((bitmap) => {
      if (!live) return;
      if (!bitmap) return setLoaded('failed');
      setCrop(coverCrop(bitmap));
      setLoaded({ bitmap, edge: pictureEdge(bitmap), animated: isAnimatedGif(new Uint8Array(image.bytes)) });
    });
    return () => {
      live = false;
    };
  }, [image]);

  const ready = loaded && loaded !== 'failed' ? loaded : null;
  const padding = padKind === 'edge' ? (ready?.edge ?? '#ffffff') : custom;

  useEffect(() => {
    if (!ready || !crop || !canvas.current) return;
    drawBanner(canvas.current, ready.bitmap, { mode, crop, padding });
    let live = true;
    setPut('idle');
    // Until these bytes come, the last ones are shown but cannot be put: they are another fit.
    setEncoding(true);
    encode(canvas.current, type, quality / 100).then(
      (bytes) => {
        if (!live) return;
        setOutput({ bytes, type });
        setEncoding(false);
      },
      () => {
        if (!live) return;
        setOutput(null);
        setEncoding(false);
      },
    );
    return () => {
      live = false;
    };
  }, [ready, mode, crop, padding, type, quality]);

  if (loaded === 'failed') {
    return (
      <section class="qpp banner-fit" data-qpp="banner-fitter">
        <p class="error" role="alert" data-qpp="banner-fit-error">
          {t(lang, 'bannerFit.error.decode')}
        </p>
        {onClose && (
          <button type="button" data-qpp="banner-fit-close" onClick={onClose}>
            {t(lang, 'bannerFit.close')}
          </button>
        )}
      </section>
    );
  }
  if (!ready || !crop) return <p class="qpp muted">{t(lang, 'bannerFit.loading')}</p>;

  /** Moves the crop window by banner pixels. */
  const move = (dx: number, dy: number) => {
    const scale = crop.width / 1860;
    setCrop(moveCrop(ready.bitmap, crop, dx * scale, dy * scale));
  };
  const problem = output ? fittedProblem(output.bytes) : null;
  const name = fittedFileName(image.name, output?.type ?? type);
  const usable = output && !encoding && !problem ? output : null;

  async function putIntoForm() {
    if (!usable || !onPut) return;
    setPut('working');
    setPut((await onPut(name, usable.bytes)) ? 'done' : 'failed');
  }

  return (
    <section class="qpp banner-fit" data-qpp="banner-fitter">
      <h2>{t(lang, 'bannerFit.title')}</h2>
      <p class="muted">
        {t(lang, 'bannerFit.source', {
          name: image.name,
          width: ready.bitmap.width,
          height: ready.bitmap.height,
        })}
      </p>
      {ready.animated && (
        <p class="warning" data-qpp="banner-fit-animated">
          {t(lang, 'bannerFit.animated')}
        </p>
      )}
      <FitPreview lang={lang} canvas={canvas} mode={mode} crop={crop} onMove={move} />
      <FitControls
        lang={lang}
        mode={mode}
        onMode={setMode}
        padKind={padKind}
        onPadKind={setPadKind}
        edge={ready.edge}
        custom={custom}
        onCustom={setCustom}
        type={type}
        onType={setType}
        quality={quality}
        onQuality={setQuality}
      />
      {output && (
        <p data-qpp="banner-fit-result">
          {t(lang, 'bannerFit.result', {
            width: 1860,
            height: 240,
            type: output.type === 'image/png' ? 'PNG' : 'JPEG',
            kb: Math.max(1, Math.round(output.bytes.length / 1024)),
          })}
        </p>
      )}
      {problem && (
        <p class="error" role="alert">
          {t(lang, 'bannerFit.error.check')}
        </p>
      )}
      <div class="actions">
        {onPut && (
          <button
            type="button"
            class="primary"
            data-qpp="banner-fit-put"
            disabled={!usable || put === 'working'}
            onClick={() => void putIntoForm()}
          >
            {t(lang, 'bannerFit.put')}
          </button>
        )}
        <button
          type="button"
          data-qpp="banner-fit-download"
          disabled={!usable}
          onClick={() => usable && saveFile(name, usable.bytes as Uint8Array<ArrayBuffer>, usable.type)}
        >
          {t(lang, 'bannerFit.download')}
        </button>
        {onClose && (
          <button type="button" data-qpp="banner-fit-close" onClick={onClose}>
            {t(lang, 'bannerFit.close')}
          </button>
        )}
      </div>
      <p role="status" class={put === 'failed' ? 'error' : 'ok'} data-qpp="banner-fit-status">
        {put === 'done'
          ? t(lang, 'bannerFit.put.done')
          : put === 'failed'
            ? t(lang, 'bannerFit.put.failed')
            : ''}
      </p>
    </section>
  );
}
