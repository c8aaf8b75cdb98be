/** The fitter's settings: cover or contain, the padding colour for contain, and the file format. */
import type { FitMode } from '../../lib/banner/fit';
import { type Lang, t } from '../../lib/i18n';
import { Choices } from '../Choices';
import type { OutputType } from './draw';

export type PadKind = 'edge' | 'custom';

export interface FitControlsProps {
  lang: Lang;
  mode: FitMode;
  onMode: (mode: FitMode) => void;
  padKind: PadKind;
  onPadKind: (kind: PadKind) => void;
  /** The picture's edge colour, the padding `edge` stands for. */
  edge: string;
  custom: string;
  onCustom: (colour: string) => void;
  type: OutputType;
  onType: (type: OutputType) => void;
  /** JPEG quality, 50 to 100. */
  quality: number;
  onQuality: (quality: number) => void;
}

export function FitControls(props: FitControlsProps) {
  const { lang, mode, onMode, padKind, onPadKind, edge, custom, onCustom, type, onType, quality, onQuality } =
    props;
  return (
    <div class="controls">
      <fieldset>
        <legend>{t(lang, 'bannerFit.mode')}</legend>
        <Choices
          name="mode"
          value={mode}
          onChange={onMode}
          choices={(['cover', 'contain'] as const).map((value) => ({
            value,
            label: t(lang, `bannerFit.mode.${value}`),
          }))}
        />
        {mode === 'cover' && <p class="muted">{t(lang, 'bannerFit.cover.hint')}</p>}
      </fieldset>
      {mode === 'contain' && (
        <fieldset>
          <legend>{t(lang, 'bannerFit.pad')}</legend>
          <Choices
            name="pad"
            value={padKind}
            onChange={onPadKind}
            choices={[
              {
                value: 'edge',
                label: (
                  <>
                    {t(lang, 'bannerFit.pad.edge')} <span class="swatch" style={{ background: edge }} />
                  </>
                ),
              },
              {
                value: 'custom',
                label: (
                  <>
                    {t(lang, 'bannerFit.pad.custom')}{' '}
                    <input
                      type="color"
                      value={custom}
                      onInput={(event) => {
                        onCustom(event.currentTarget.value);
                        onPadKind('custom');
                      }}
                    />
                  </>
                ),
              },
            ]}
          />
        </fieldset>
      )}
      <fieldset>
        <legend>{t(lang, 'bannerFit.format')}</legend>
        <Choices
          name="type"
          value={type}
          onChange={onType}
          choices={[
            { value: 'image/jpeg', label: 'JPEG' },
            { value: 'image/png', label: 'PNG' },
          ]}
        />
        {type === 'image/jpeg' && (
          <label class="choice">
            {t(lang, 'bannerFit.quality', { q: quality })}{' '}
            <input
              type="range"
              min={50}
              max={100}
              step={5}
              value={quality}
              onInput={(event) => onQuality(Number(event.currentTarget.value))}
            />
          </label>
        )}
      </fieldset>
    </div>
  );
}
