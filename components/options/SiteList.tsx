import { useState } from 'preact/hooks';
import { type Settings, type SiteMode, updateSettings } from '../../lib/settings/settings';
import { parseSiteInput } from '../../lib/ui/site-input';
import { t } from '../../lib/i18n/i18n';

/** The per-site list and whether it lists the sites to skip (deny) or the only sites to mark (allow). */
export function SiteList({ settings }: { settings: Settings }) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState(false);
  const setMode = (mode: SiteMode) => void updateSettings(() => ({ mode }));
  const add = (e: Event) => {
    e.preventDefault();
    const site = parseSiteInput(draft);
    setError(site === null);
    if (!site) return;
    setDraft('');
    void updateSettings((s) => ({ sites: s.sites.includes(site) ? s.sites : [...s.sites, site] }));
  };
  const remove = (site: string) => void updateSettings((s) => ({ sites: s.sites.filter((x) => x !== site) }));
  return (
    <fieldset>
      <legend>{t('optSites')}</legend>
      <div role="radiogroup" aria-label={t('optSiteMode')}>
        {(['deny', 'allow'] as const).map((mode) => (
          <label key={mode}>
            <input
              type="radio"
              name="mode"
              value={mode}
              checked={settings.mode === mode}
              onChange={() => setMode(mode)}
            />
            {t(mode === 'deny' ? 'optModeDeny' : 'optModeAllow')}
          </label>
        ))}
      </div>
      <h3 id="site-list-heading">{t(settings.mode === 'deny' ? 'optDeniedSites' : 'optAllowedSites')}</h3>
      {settings.sites.length === 0 ? (
        <p class="muted small">{t('optNoSites')}</p>
      ) : (
        <ul aria-labelledby="site-list-heading" class="site-list">
          {settings.sites.map((site) => (
            <li key={site} class="row">
              <span>{site}</span>
              <button type="button" aria-label={t('optRemoveSite', { site })} onClick={() => remove(site)}>
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="row" onSubmit={add}>
        <label for="site-input">{t('optAddSite')}</label>
        <input
          id="site-input"
          type="text"
          value={draft}
          placeholder="gov.cn"
          aria-invalid={error}
          aria-describedby={error ? 'site-error' : undefined}
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
        <button type="submit">{t('add')}</button>
        {error && (
          <span id="site-error" role="alert" class="small">
            {t('optBadSite')}
          </span>
        )}
      </form>
    </fieldset>
  );
}
