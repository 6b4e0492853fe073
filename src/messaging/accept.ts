/**
 * The only way a message reaches a handler. Every message is checked against
 * its rule before its handler runs: it must come from this extension, from the
 * kind of context the rule names, and carry data of the type the protocol gives
 * it. Anything else (another sender, a message of no known type, a malformed
 * frame, data of another shape) is dropped: the handler never runs, nothing is
 * thrown, nothing is logged. Each side has one rule per message of its protocol
 * (background-rules.ts, scanner-rules.ts), and TypeScript refuses a table that
 * lacks one. Small on purpose: the scanner carries it into pages.
 */
import {
  defineExtensionMessaging,
  type ExtensionMessage,
  type GetDataType,
  type GetReturnType,
  type MaybePromise,
  type Message,
  type RemoveListenerCallback,
} from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import { isRecord } from '../corpus/schema';

export type Sender = ExtensionMessage['sender'];

/** Whether `data` has the type the protocol gives it. */
export type Check<T> = (data: unknown) => data is T;

/** One of the extension's scripts in a frame of a web page, as its rule checked it. */
export type FrameSender = Sender & {
  readonly url: string;
  readonly tab: NonNullable<Sender['tab']> & { readonly id: number };
  readonly frameId: number;
};

/** The extension itself, as its rule checked it. */
export type ExtensionSender = Sender & { readonly url: string };

export interface Rule<T, S extends Sender = Sender> {
  /** Who may send the message: `fromContentScript` or `fromExtension`. */
  readonly from: Check<S>;
  readonly data: Check<T>;
}

/** One rule for every message of protocol `P`: leave one out and the table does not compile. */
export type Rules<P> = { readonly [K in keyof P]-?: Rule<GetDataType<P[K]>> };

/** A tab's or a frame's id, an index, a count: a whole number, 0 or more. */
export const wholeNumber: Check<number> = (data): data is number => Number.isSafeInteger(data) && (data as number) >= 0;

/** A message that carries no data. */
export const nothing: Check<undefined> = (data): data is undefined => data === undefined;

/** One of the given strings. */
export function oneOf<T extends string>(...values: readonly T[]): Check<T> {
  return (data): data is T => values.includes(data as T);
}

/** A string of at most `max` characters, matching `shape` if given. */
export function text(max: number, shape?: RegExp): Check<string> {
  return (data): data is string => typeof data === 'string' && data.length <= max && (!shape || shape.test(data));
}

/** An object with exactly these fields, each passing its check. */
export function fields<T extends object>(checks: { readonly [K in keyof T]-?: Check<T[K]> }): Check<T> {
  const names = Object.keys(checks) as (keyof T & string)[];
  return (data): data is T =>
    isRecord(data) &&
    Object.keys(data).length === names.length &&
    names.every((name) => Object.hasOwn(data, name) && checks[name](data[name]));
}

/** The sender's address if it is this extension, else null. */
function addressOf(sender: unknown): string | null {
  return isRecord(sender) && sender.id === browser.runtime.id && typeof sender.url === 'string' ? sender.url : null;
}

/**
 * The extension itself: its background or one of its pages (popup, settings,
 * corpus, source page), all at the extension's own address. Never a script in
 * a web page.
 */
export const fromExtension: Check<ExtensionSender> = (sender): sender is ExtensionSender =>
  !!addressOf(sender)?.startsWith(browser.runtime.getURL('/'));

/**
 * One of the extension's scripts in a frame of a web page (the gate, the
 * scanner, the card): from a tab and a frame, at an address that is not the
 * extension's.
 */
export const fromContentScript: Check<FrameSender> = (sender): sender is FrameSender => {
  const address = addressOf(sender);
  if (address === null || address.startsWith(browser.runtime.getURL('/'))) return false;
  const { tab, frameId } = sender as Record<string, unknown>;
  return isRecord(tab) && wholeNumber(tab.id) && wholeNumber(frameId);
};

/** The sender a rule lets through. */
type SenderOf<R> = R extends { readonly from: Check<infer S> } ? S : Sender;

/** A message as its handler receives it: checked, with data of its type and the sender its rule allows. */
export type Checked<P, K extends keyof P, S = Sender> = Message<P & Record<string, unknown>, K> & { readonly sender: S };

export type Listen<P, R extends Rules<P> = Rules<P>> = <K extends keyof P & string>(
  type: K,
  handler: (message: Checked<P, K, SenderOf<R[K]>>) => undefined | MaybePromise<GetReturnType<P[K]>>,
) => RemoveListenerCallback;

/**
 * Listening for the messages of protocol `P`, each checked against its rule
 * first. A message that fails never reaches its handler; its sender gets
 * `undefined` back, not an error. (Frames of no known type, or not framed by
 * @webext-core/messaging at all, the library itself leaves unanswered.)
 */
export function listenChecked<P, R extends Rules<P>>(rules: R): Listen<P, R> {
  const { onMessage } = defineExtensionMessaging<P & Record<string, unknown>>();
  return (type, handler) =>
    onMessage(type, (message) => {
      const rule: Rule<unknown> = rules[type];
      if (!rule.from(message.sender) || !rule.data(message.data)) return undefined;
      return handler(message as unknown as Checked<P, typeof type, SenderOf<R[typeof type]>>);
    });
}
