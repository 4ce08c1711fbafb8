import type { PageState } from '../../lib/ui/page-state';
import { t } from '../../lib/i18n/i18n';

export interface StateNoticeProps {
  state: PageState;
  onReload?: () => void;
}

/** Explains why there is no list of mentions: the page, the setting, or the content script. */
export function StateNotice({ state, onReload }: StateNoticeProps) {
  switch (state.kind) {
    case 'loading':
      return (
        <p class="muted" role="status">
          {t('stateLoading')}
        </p>
      );
    case 'no-tab':
      return (
        <p class="notice" role="status">
          {t('stateNoTab')}
        </p>
      );
    case 'restricted':
      return (
        <p class="notice" role="status" data-state="restricted">
          {t('stateRestricted')}
        </p>
      );
    case 'off':
      return (
        <p class="notice" role="status" data-state="off">
          {t('stateOff')}
        </p>
      );
    case 'no-script':
    case 'unreadable':
      return (
        <div class="notice" role="status" data-state={state.kind}>
          <p>{t(state.kind === 'no-script' ? 'stateNoScript' : 'stateUnreadable')}</p>
          {onReload && (
            <button type="button" class="primary" onClick={onReload}>
              {t('reloadPage')}
            </button>
          )}
        </div>
      );
    case 'ready':
      return state.summary.total === 0 ? (
        <p class="notice" role="status" data-state="empty">
          {t('stateEmpty')}
        </p>
      ) : null;
  }
}
