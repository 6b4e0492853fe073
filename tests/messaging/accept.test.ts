import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fields, fromContentScript, fromExtension, oneOf, type Rules, text, wholeNumber } from '../../src/messaging/accept';
import { BACKGROUND_RULES } from '../../src/messaging/background-rules';
import type { BackgroundProtocol, ScannerProtocol } from '../../src/messaging/protocol';
import { SCANNER_RULES } from '../../src/messaging/scanner-rules';
import { ROOT } from '../harness/project-root';
import { SENDERS, type SenderName } from './deliver';

beforeEach(() => fakeBrowser.reset());

describe('who may send', () => {
  const accepted = (check: (sender: unknown) => boolean) => (Object.keys(SENDERS) as SenderName[]).filter((name) => check(SENDERS[name]));

  it('the extension: its background and its pages, and no one else', () => {
    expect(accepted(fromExtension)).toEqual(['background', 'popup']);
  });

  it('a frame’s script: the extension’s own, from a tab and a frame, and no one else', () => {
    expect(accepted(fromContentScript)).toEqual(['contentScript', 'contentScriptInFrame']);
  });

  it('not a script whose frame has no tab or no frame id', () => {
    const { tab, frameId, ...bare } = SENDERS.contentScript;
    expect(fromContentScript(bare)).toBe(false);
    expect(fromContentScript({ ...bare, tab })).toBe(false);
    expect(fromContentScript({ ...bare, frameId })).toBe(false);
    expect(fromContentScript({ ...bare, tab: { id: -1 }, frameId })).toBe(false);
  });

  it('not a page of another extension that happens to start with this one’s address', () => {
    expect(fromExtension({ id: 'test-extension-id', url: 'chrome-extension://test-extension-id.evil.example/popup.html' })).toBe(false);
  });
});

describe('what a message may carry', () => {
  it('a whole number, 0 or more, and nothing else', () => {
    expect([0, 7, 2 ** 31].every(wholeNumber)).toBe(true);
    expect([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60, '7', null, undefined, [7]].some(wholeNumber)).toBe(false);
  });

  it('one of the named strings', () => {
    const direction = oneOf('next', 'previous');
    expect(['next', 'previous'].every(direction)).toBe(true);
    expect(['Next', 'up', '', null, ['next'], { next: true }].some(direction)).toBe(false);
  });

  it('a string no longer than its limit, of its shape', () => {
    const id = text(8, /^[a-z]+#\d$/);
    expect(id('abc#1')).toBe(true);
    expect(['abcdefg#1', 'ABC#1', 'abc#', 'abc#1\n', 12, null].some(id)).toBe(false);
  });

  it('an object with exactly its fields, each of its type', () => {
    const tab = fields({ tabId: wholeNumber, text: text(5) });
    expect(tab({ tabId: 1, text: 'abc' })).toBe(true);
    for (const bad of [
      { tabId: 1 },
      { tabId: 1, text: 'abc', more: 1 },
      { tabId: '1', text: 'abc' },
      { tabId: 1, text: 'abcdef' },
      [1, 'abc'],
      null,
      'x',
    ]) {
      expect(tab(bad), JSON.stringify(bad)).toBe(false);
    }
    expect(tab(Object.assign(Object.create({ tabId: 1 }), { text: 'abc', other: 2 }))).toBe(false);
  });
});

describe('the rule tables', () => {
  it('give each message to one side only', () => {
    const background = Object.keys(BACKGROUND_RULES);
    expect(Object.keys(SCANNER_RULES).filter((type) => background.includes(type))).toEqual([]);
  });

  it('do not compile without a rule for every message, each checking its own data', () => {
    const { scanTab: _scanTab, ...withoutScanTab } = BACKGROUND_RULES;
    // @ts-expect-error scanTab has no rule
    const incomplete: Rules<BackgroundProtocol> = withoutScanTab;
    // @ts-expect-error stepFigure's rule checks revealFigure's data
    const mismatched: Rules<ScannerProtocol> = { ...SCANNER_RULES, stepFigure: SCANNER_RULES.revealFigure };
    // @ts-expect-error a rule for a message no side answers
    const unknown: Rules<ScannerProtocol> = { ...SCANNER_RULES, openTab: SCANNER_RULES.listFigures };
    expect([incomplete, mismatched, unknown].every(Boolean)).toBe(true);
  });
});

/** The extension's source: everything built into it (src/cli is the command line, run by Node). */
function extensionSources(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : /\.(ts|html)$/.test(name) ? [path] : [];
    });
  return [...walk(join(ROOT, 'src')), ...walk(join(ROOT, 'entrypoints'))]
    .map((path) => relative(ROOT, path))
    .filter((path) => !path.startsWith('src/cli/'));
}

describe('every way in goes through the checks', () => {
  it('listens to messages only through accept.ts: no other listener for the extension’s messages, ports or the page’s messages', () => {
    const ways =
      /runtime\.onMessage|onMessageExternal|onConnect|runtime\.connect|@webext-core\/messaging|addEventListener\(\s*['"]message['"]|\bonmessage\b/;
    const allowed = ['src/messaging/accept.ts', 'src/messaging/protocol.ts'];
    const found = extensionSources().filter((path) => !allowed.includes(path) && ways.test(readFileSync(join(ROOT, path), 'utf8')));
    expect(found).toEqual([]);
  });
});
