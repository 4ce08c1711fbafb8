/** What the popup and the side panel ask of a tab's content script. */
import { useCallback } from 'preact/hooks';
import type { MentionSummary } from '../../lib/messaging/protocol';
import { sendToTab } from '../../lib/platform/messages';
import type { AskSummary } from '../../lib/ui/page-state';

/** Asks a tab's content script what its page mentions. */
export const askTab: AskSummary = (tabId) => sendToTab(tabId, 'getPageSummary', {});

/** Scrolls a tab's page to the `index`-th occurrence of a mention; a tab that does not answer is ignored. */
export function useScrollToMention(tabId: number | undefined): (m: MentionSummary, index: number) => void {
  return useCallback(
    (m: MentionSummary, index: number) => {
      if (tabId === undefined) return;
      void sendToTab(tabId, 'scrollToMention', { entryId: m.entryId, label: m.label, index }).catch(
        () => false,
      );
    },
    [tabId],
  );
}
