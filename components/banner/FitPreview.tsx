/**
 * The true-proportion 1860×240 preview of the fitted banner; in cover mode the crop window over the
 * picture moves by drag or arrow keys.
 */
import type { RefObject } from 'preact';
import { useRef } from 'preact/hooks';
import type { FitMode, Rect } from '../../lib/banner/fit';
import { type Lang, t } from '../../lib/i18n';

/** Arrow keys move the crop window this many banner pixels (ten times with Shift). */
const KEY_STEP = 10;

export interface FitPreviewProps {
  lang: Lang;
  canvas: RefObject<HTMLCanvasElement | null>;
  mode: FitMode;
  crop: Rect;
  /** Moves the crop window by banner pixels. */
  onMove: (dx: number, dy: number) => void;
}

export function FitPreview({ lang, canvas, mode, crop, onMove }: FitPreviewProps) {
  const drag = useRef<{ x: number; y: number } | null>(null);
  return (
    <canvas
      ref={canvas}
      class={`preview ${mode}`}
      role="img"
      tabIndex={mode === 'cover' ? 0 : -1}
      aria-label={t(lang, 'bannerFit.preview')}
      data-qpp="banner-fit-preview"
      data-mode={mode}
      data-crop={`${crop.x},${crop.y},${crop.width},${crop.height}`}
      onPointerDown={(event) => {
        if (mode !== 'cover') return;
        drag.current = { x: event.clientX, y: event.clientY };
        event.currentTarget.setPointerCapture(event.pointerId);
      }}
      onPointerMove={(event) => {
        const from = drag.current;
        if (!from) return;
        const perCss = 1860 / event.currentTarget.clientWidth;
        // The picture follows the pointer: the window over it moves the other way.
        onMove((from.x - event.clientX) * perCss, (from.y - event.clientY) * perCss);
        drag.current = { x: event.clientX, y: event.clientY };
      }}
      onPointerUp={() => {
        drag.current = null;
      }}
      onKeyDown={(event) => {
        const step = KEY_STEP * (event.shiftKey ? 10 : 1);
        const delta = {
          ArrowLeft: [-step, 0],
          ArrowRight: [step, 0],
          ArrowUp: [0, -step],
          ArrowDown: [0, step],
        }[event.key];
        if (!delta || mode !== 'cover') return;
        event.preventDefault();
        onMove(delta[0] ?? 0, delta[1] ?? 0);
      }}
    />
  );
}
