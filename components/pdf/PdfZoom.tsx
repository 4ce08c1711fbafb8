import { t } from '../../lib/i18n/i18n';

export type ZoomStep = 'in' | 'out' | 'page-width' | 'page-fit' | 'auto';

export interface PdfZoomProps {
  scale: number;
  onZoom: (step: ZoomStep) => void;
}

/** Zoom out, a choice of fits, zoom in; the current scale as a percentage. */
export function PdfZoom({ scale, onZoom }: PdfZoomProps) {
  return (
    <div class="row" role="group" aria-label={t('pdfZoom')}>
      <button type="button" aria-label={t('pdfZoomOut')} onClick={() => onZoom('out')}>
        −
      </button>
      <select
        aria-label={t('pdfZoom')}
        value=""
        onChange={(e) => {
          const v = e.currentTarget.value as ZoomStep;
          if (v) onZoom(v);
        }}
      >
        <option value="">{Math.round(scale * 100)}%</option>
        <option value="auto">{t('pdfZoomAuto')}</option>
        <option value="page-width">{t('pdfZoomWidth')}</option>
        <option value="page-fit">{t('pdfZoomFit')}</option>
      </select>
      <button type="button" aria-label={t('pdfZoomIn')} onClick={() => onZoom('in')}>
        +
      </button>
    </div>
  );
}
