/** Typed send and listen over `browser.runtime` and `browser.tabs` for the protocol in lib/messaging. */
import { browser } from 'wxt/browser';
import type { BackgroundProtocol, ContentProtocol, PayloadOf, ReplyOf } from '../messaging/protocol';

/** Sends a message to the background and resolves with its reply. */
export function sendToBackground<K extends keyof BackgroundProtocol>(
  type: K,
  payload: PayloadOf<BackgroundProtocol, K>,
): Promise<ReplyOf<BackgroundProtocol, K>> {
  return browser.runtime.sendMessage<unknown, ReplyOf<BackgroundProtocol, K>>({ type, payload });
}

/** Sends a message to the content script in one frame of a tab (the top frame unless told). */
export function sendToTab<K extends keyof ContentProtocol>(
  tabId: number,
  type: K,
  payload: PayloadOf<ContentProtocol, K>,
  frameId = 0,
): Promise<ReplyOf<ContentProtocol, K>> {
  return browser.tabs.sendMessage<unknown, ReplyOf<ContentProtocol, K>>(
    tabId,
    { type, payload },
    { frameId },
  );
}

export type Handlers<P> = {
  [K in keyof P]?: (payload: PayloadOf<P, K>, sender: Sender) => Promise<ReplyOf<P, K>> | ReplyOf<P, K>;
};

export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string; title?: string };
  frameId?: number;
}

/**
 * Listens for protocol messages. Messages from other extensions or web pages, unknown types and
 * payloads that `validate` rejects are dropped without a reply.
 */
export function listen<P>(
  handlers: Handlers<P>,
  validate: (type: string, payload: unknown) => boolean = () => true,
): () => void {
  const listener = (message: unknown, sender: Sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (typeof message !== 'object' || message === null) return undefined;
    const { type, payload } = message as { type?: unknown; payload?: unknown };
    if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(handlers, type)) return undefined;
    if (!validate(type, payload)) return undefined;
    const handler = handlers[type as keyof P] as (p: unknown, s: Sender) => unknown;
    return Promise.resolve(handler(payload, sender));
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
