// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ScannerContext } from '../../src/page/scanner-context';

let ctx: ScannerContext;

beforeEach(() => {
  fakeBrowser.reset();
  // WXT says, outside production builds, when a context ends.
  vi.spyOn(console, 'debug').mockImplementation(() => undefined);
  ctx = new ScannerContext('scanner');
});

afterEach(() => {
  ctx.notifyInvalidated();
  vi.restoreAllMocks();
});

describe('the scanner’s context', () => {
  const STARTED = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
  /** What a page can dispatch: WXT's start event, under the extension's id, which is no secret. */
  const forge = () => document.dispatchEvent(new CustomEvent(STARTED, { detail: { contentScriptName: 'scanner', messageId: 'forged' } }));

  it('is not ended by a page dispatching the start event of a newer scanner', () => {
    forge();
    expect(ctx.isValid).toBe(true);
  });

  it('where WXT’s own context is ended by the same event', () => {
    const plain = new ContentScriptContext('scanner');
    forge();
    expect(plain.isValid).toBe(false);
  });

  it('is ended when a newer scanner starts in the frame', () => {
    const newer = new ScannerContext('scanner');
    expect(ctx.isValid).toBe(false);
    expect(newer.isValid).toBe(true);
    newer.notifyInvalidated();
  });

  it('is ended by the event once the extension is gone from under the page', () => {
    fakeBrowser.runtime.id = undefined as unknown as string;
    forge();
    expect(ctx.signal.aborted).toBe(true);
  });
});
