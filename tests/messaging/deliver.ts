/**
 * Delivering a message to the listeners of the fake browser's
 * `runtime.onMessage`, as the browser would, with a sender of the test's
 * choosing: the browser fills in the sender, so a test must be able to say who
 * it is.
 */
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ProtocolMap } from '../../src/messaging/protocol';

/** The extension's own address in the fake browser. */
export const ORIGIN = 'chrome-extension://test-extension-id';

export const SENDERS = {
  /** The extension's background (Chrome's service worker). */
  background: { id: 'test-extension-id', url: `${ORIGIN}/background.js` },
  /** The toolbar popup. */
  popup: { id: 'test-extension-id', url: `${ORIGIN}/popup.html`, origin: ORIGIN },
  /** One of the extension's scripts in a frame of a web page. */
  contentScript: {
    id: 'test-extension-id',
    url: 'https://news.example/article',
    tab: { id: 7, index: 2, url: 'https://news.example/article' },
    frameId: 0,
  },
  /** The same script in a page's subframe. */
  contentScriptInFrame: {
    id: 'test-extension-id',
    url: 'https://video.example/embed',
    tab: { id: 7, index: 2, url: 'https://news.example/article' },
    frameId: 3,
  },
  /** Another extension's page, at its own address. */
  otherExtension: { id: 'another-extension-id', url: 'chrome-extension://another-extension-id/popup.html' },
  /** Another extension's script in a page. */
  otherExtensionContentScript: { id: 'another-extension-id', url: 'https://news.example/article', tab: { id: 7, index: 2 }, frameId: 0 },
  /** Another extension naming itself at this extension's address. */
  impostor: { id: 'another-extension-id', url: `${ORIGIN}/popup.html` },
  /** A sender that says nothing of itself. */
  anonymous: {},
  /** No sender at all. */
  none: undefined,
} as const;

export type SenderName = keyof typeof SENDERS;

/** A message as @webext-core/messaging frames it. */
export function frame<K extends keyof ProtocolMap>(type: K, data?: unknown): Record<string, unknown> {
  return { id: 1, type, data, timestamp: Date.now() };
}

export interface Delivery {
  /** Whether any listener kept the channel open to answer. */
  readonly answered: boolean;
  /** The answer, as @webext-core/messaging frames it: `{ res }` or `{ err }`. */
  readonly reply: unknown;
}

/** Delivers `message` from `sender` and waits for the answer, if a listener took it up. */
export async function deliver(message: unknown, sender: unknown): Promise<Delivery> {
  let reply: unknown;
  let answer!: () => void;
  const answered = new Promise<void>((done) => (answer = done));
  const kept = await fakeBrowser.runtime.onMessage.trigger(message, sender as Browser.runtime.MessageSender, (response: unknown) => {
    reply = response;
    answer();
  });
  if (!kept.some((result: unknown) => result === true)) return { answered: false, reply: undefined };
  await answered;
  return { answered: true, reply };
}
