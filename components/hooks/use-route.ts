import { useCallback, useEffect, useState } from 'preact/hooks';
import {
  parseRoute,
  routeHash,
  type SidePanelProtocol,
  type SidePanelRoute,
} from '../../lib/messaging/protocol';
import { listen } from '../../lib/platform/messages';

/**
 * The side panel's route, from its hash. It follows `hashchange` (links, the back button) and the
 * background's `sidePanelRoute` message, which is how an already open panel learns a new route.
 */
export function useRoute(): [SidePanelRoute, (route: SidePanelRoute, replace?: boolean) => void] {
  const [route, setRoute] = useState<SidePanelRoute>(() => parseRoute(location.hash));

  useEffect(() => {
    const onHash = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onHash);
    let stop = () => {};
    try {
      stop = listen<SidePanelProtocol>({
        sidePanelRoute: ({ hash }) => {
          if (typeof hash !== 'string') return;
          if (location.hash === hash) setRoute(parseRoute(hash));
          else location.hash = hash;
        },
      });
    } catch {
      // Outside the extension (component tests without a runtime) only the hash drives the route.
    }
    return () => {
      window.removeEventListener('hashchange', onHash);
      stop();
    };
  }, []);

  const go = useCallback((next: SidePanelRoute, replace = false) => {
    const hash = routeHash(next) || '#';
    if (replace) {
      // Typing in the search box should not leave one history entry per keystroke.
      history.replaceState(null, '', hash === '#' ? location.pathname + location.search : hash);
      setRoute(next);
    } else if (location.hash !== hash) {
      location.hash = hash;
    } else {
      setRoute(next);
    }
  }, []);

  return [route, go];
}
