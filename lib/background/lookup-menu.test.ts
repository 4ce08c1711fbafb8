import { describe, expect, test } from 'vitest';
import { parseRoute } from '../messaging/protocol';
import { lookupHash } from './context-menu';

describe('the selection look-up route', () => {
  test('carries the selection, folded and encoded, to the side panel search', () => {
    const hash = lookupHash('  unveiling\n the list / 揭榜挂帅 #1 ');
    expect(parseRoute(hash)).toEqual({ view: 'search', query: 'unveiling the list / 揭榜挂帅 #1' });
  });
  test('keeps long selections to 200 characters', () => {
    const q = parseRoute(lookupHash('x'.repeat(500)));
    expect(q.view === 'search' && q.query.length).toBe(200);
  });
});

describe('the selection context menu', () => {
  test('Look up opens the side panel with the selection as the query; Save asks the tab to save', async () => {
    const { vi } = await import('vitest');
    vi.resetModules();
    const opened: unknown[][] = [];
    vi.doMock('../platform/side-panel', () => ({
      openSidePanel: (...args: unknown[]) => {
        opened.push(args);
        return Promise.resolve('panel');
      },
    }));
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    let listener: ((info: object, tab?: object) => void) | undefined;
    (fakeBrowser.contextMenus as unknown as { onClicked: object }).onClicked = {
      addListener: (l: typeof listener) => (listener = l),
    };
    const { listenMenus } = await import('./context-menu');
    const saves: unknown[][] = [];
    listenMenus((tabId, frameId) => saves.push([tabId, frameId]));
    listener!({ menuItemId: 'brief-lens-lookup', selectionText: ' 揭榜挂帅 ' }, { id: 7, windowId: 2 });
    expect(opened).toEqual([[7, 2, '#search/' + encodeURIComponent('揭榜挂帅')]]);
    listener!({ menuItemId: 'brief-lens-save', selectionText: 'x', frameId: 3 }, { id: 7, windowId: 2 });
    expect(saves).toEqual([[7, 3]]);
    vi.doUnmock('../platform/side-panel');
  });
});
