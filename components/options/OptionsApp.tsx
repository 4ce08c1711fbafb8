/** The options page: every setting, saved as soon as it changes (there is no Save button). */
import { useMemo } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ALL_SITES } from '../../lib/pdf/auto-open';
import {
  type HoverModifier,
  type MarkStyle,
  type Settings,
  updateSettings,
} from '../../lib/settings/settings';
import { t, type MessageKey } from '../../lib/i18n/i18n';
import { useSettings } from '../hooks/use-settings';
import { usePack } from '../hooks/use-pack';
import { SiteList } from './SiteList';
import { MutedTerms } from './MutedTerms';

const MODIFIERS: HoverModifier[] = ['none', 'Alt', 'Shift', 'Control', 'Meta'];
const STYLES: { value: MarkStyle; label: MessageKey }[] = [
  { value: 'underline', label: 'optStyleUnderline' },
  { value: 'background', label: 'optStyleBackground' },
  { value: 'hover', label: 'optStyleHover' },
];
const save = (change: Partial<Settings>) => void updateSettings(() => change);
/** Asks for every site (no await before it: the browser wants the click); Firefox declares none to ask. */
const askAllSites = () => browser.permissions.request({ origins: ALL_SITES }).catch(() => false);

export function OptionsApp() {
  const settings = useSettings();
  const pack = usePack();
  const labels = useMemo(() => {
    const map = new Map<string, string>();
    if (pack.status === 'ready')
      for (const e of [...pack.pack.entries, ...pack.pack.documents])
        map.set(e.id, e.zh ? `${e.label} ${e.zh.hans}` : e.label);
    return map;
  }, [pack]);
  if (!settings)
    return (
      <main class="options">
        <h1>{t('optTitle')}</h1>
      </main>
    );
  return (
    <main class="options">
      <h1>{t('optTitle')}</h1>
      <p class="muted small" role="status">
        {t('optSavedLive')}
      </p>
      <fieldset>
        <legend>{t('optGeneral')}</legend>
        <label>
          <input
            type="checkbox"
            role="switch"
            checked={settings.enabled}
            onChange={(e) => save({ enabled: e.currentTarget.checked })}
          />
          {t('optEnabled')}
        </label>
      </fieldset>
      <SiteList settings={settings} />
      <fieldset>
        <legend>{t('optHover')}</legend>
        <label>
          {t('optHoverDelay')}
          <input
            type="number"
            min={0}
            max={3000}
            step={50}
            value={settings.hoverDelayMs}
            onChange={(e) => {
              const n = Number(e.currentTarget.value);
              if (Number.isFinite(n)) save({ hoverDelayMs: Math.min(3000, Math.max(0, Math.round(n))) });
            }}
          />
        </label>
        <label>
          {t('optHoverModifier')}
          <select
            value={settings.hoverModifier}
            onChange={(e) => save({ hoverModifier: e.currentTarget.value as HoverModifier })}
          >
            {MODIFIERS.map((m) => (
              <option key={m} value={m}>
                {m === 'none' ? t('optModifierNone') : m}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('optMarks')}</legend>
        <div role="radiogroup" aria-label={t('optMarkStyle')}>
          {STYLES.map((s) => (
            <label key={s.value}>
              <input
                type="radio"
                name="markStyle"
                checked={settings.markStyle === s.value}
                onChange={() => save({ markStyle: s.value })}
              />
              {t(s.label)}
            </label>
          ))}
        </div>
        <label>
          <input
            type="checkbox"
            checked={settings.firstOccurrenceOnly}
            onChange={(e) => save({ firstOccurrenceOnly: e.currentTarget.checked })}
          />
          {t('optFirstOnly')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={settings.selectionButton}
            onChange={(e) => save({ selectionButton: e.currentTarget.checked })}
          />
          {t('optSelectionButton')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={settings.openPdfsInReader}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              // Asked inside the click; refused, the reader still opens PDFs on sites granted before.
              if (on) void askAllSites();
              save({ openPdfsInReader: on });
            }}
          />
          {t('optOpenPdfs')}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('optLanguages')}</legend>
        <label>
          <input
            type="checkbox"
            checked={settings.languages.en}
            onChange={(e) => save({ languages: { ...settings.languages, en: e.currentTarget.checked } })}
          />
          {t('optLangEn')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={settings.languages.zh}
            onChange={(e) => save({ languages: { ...settings.languages, zh: e.currentTarget.checked } })}
          />
          {t('optLangZh')}
        </label>
      </fieldset>
      <MutedTerms settings={settings} labelOf={(id) => labels.get(id)} />
    </main>
  );
}
