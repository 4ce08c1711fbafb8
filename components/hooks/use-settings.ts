import { useEffect, useState } from 'preact/hooks';
import { getSettings, watchSettings, type Settings } from '../../lib/settings/settings';

/** The current settings, kept live as any context changes them; null until first read. */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let alive = true;
    void getSettings().then((s) => alive && setSettings(s));
    const stop = watchSettings((s) => alive && setSettings(s));
    return () => {
      alive = false;
      stop();
    };
  }, []);
  return settings;
}
