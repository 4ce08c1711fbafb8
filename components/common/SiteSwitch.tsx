import {
  isSiteEnabled,
  setSiteEnabled,
  siteKey,
  type Settings,
  updateSettings,
} from '../../lib/settings/settings';
import { t } from '../../lib/i18n/i18n';

export interface SiteSwitchProps {
  url: string;
  settings: Settings;
}

/** The one-click on/off switch for the current site, saved straight to settings. */
export function SiteSwitch({ url, settings }: SiteSwitchProps) {
  const site = siteKey(url);
  if (!site) return null;
  const on = isSiteEnabled(settings, url);
  const toggle = () => void updateSettings((s) => setSiteEnabled(s, url, !on));
  return (
    <label class="row site-switch">
      <input type="checkbox" role="switch" checked={on} onChange={toggle} disabled={!settings.enabled} />
      <span>{t('siteSwitch', { site })}</span>
    </label>
  );
}
