import { type Settings, updateSettings } from '../../lib/settings/settings';
import { t } from '../../lib/i18n/i18n';
import { ZhText } from '../common/ZhText';

export interface MutedTermsProps {
  settings: Settings;
  /** The label of an entry id, where the pack knows it. */
  labelOf: (id: string) => string | undefined;
}

/** Terms the user muted from a card, each with a way to bring it back. */
export function MutedTerms({ settings, labelOf }: MutedTermsProps) {
  const unmute = (id: string) => void updateSettings((s) => ({ muted: s.muted.filter((m) => m !== id) }));
  return (
    <fieldset>
      <legend>{t('optMuted')}</legend>
      {settings.muted.length === 0 ? (
        <p class="muted small">{t('optNoMuted')}</p>
      ) : (
        <ul class="muted-list">
          {settings.muted.map((id) => {
            const label = labelOf(id) ?? id;
            return (
              <li key={id} class="row">
                <ZhText text={label} />
                <button
                  type="button"
                  aria-label={t('optUnmuteTerm', { term: label })}
                  onClick={() => unmute(id)}
                >
                  {t('optUnmute')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
