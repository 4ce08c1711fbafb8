import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendToBackground } from '../lib/platform/messages';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main() {
    void sendToBackground('pageScanned', {
      url: location.href,
      title: document.title,
      enabled: true,
      total: 0,
      mentions: [],
    }).catch(() => undefined);
  },
});
