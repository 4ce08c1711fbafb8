import { t } from '../../lib/i18n/i18n';
import type { ReaderStatus } from './use-pdf-reader';

/** What the reader says while no pages show: choose a file, opening, a permission to give, an error. */
export function PdfStatus({ status, onAllow }: { status: ReaderStatus; onAllow: () => void }) {
  if (status.kind === 'ready') return null;
  return (
    <div class="pdf-status" role="status">
      {status.kind === 'empty' && <p>{t('pdfEmpty')}</p>}
      {status.kind === 'loading' && <p>{t('pdfLoading')}</p>}
      {status.kind === 'invalid' && <p role="alert">{t('pdfInvalid', { value: status.value })}</p>}
      {status.kind === 'error' && <p role="alert">{t('pdfError', { error: status.error })}</p>}
      {status.kind === 'permission' && (
        <>
          <p>{t('pdfNeedsPermission', { site: status.site })}</p>
          <button type="button" class="primary" onClick={onAllow}>
            {t('pdfAllow')}
          </button>
        </>
      )}
    </div>
  );
}
