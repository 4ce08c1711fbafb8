import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentProtocol } from '../lib/messaging/protocol';
import { contentOptions, isValidContentMessage } from '../lib/page/content-sources';
import { startPageController } from '../lib/page/controller';
import { listen } from '../lib/platform/messages';

// Runs in every frame from document idle. All logic is in lib/page; this file only wires it to the
// extension: storage and the background as sources, the tab's messages as commands.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  async main(ctx) {
    const root = document.body;
    if (!root) return;
    const controller = await startPageController(
      contentOptions(root, browser.runtime.getURL('/page-ui.js'), ctx.signal),
    ).catch(() => null);
    if (!controller) return;
    const stop = listen<ContentProtocol>(
      {
        getPageSummary: () => controller.summary(),
        scrollToMention: (p) => controller.scrollToMention(p),
        command: ({ name }) => controller.command(name),
      },
      isValidContentMessage,
    );
    ctx.onInvalidated(stop);
  },
});
