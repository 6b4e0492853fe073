import { sendMessage } from '../src/messaging/protocol';
import { takeCardKit } from '../src/page/card-kit';
import '../src/names/highlight.css';
import { ScannerContext } from '../src/page/scanner-context';
import { startScanner } from '../src/page/start-scanner';

// Loaded by the background into frames whose page names North Korea (see gate.ts).
export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  // Nothing is posted to the page's window when the scanner starts.
  noScriptStartedPostMessage: true,
  main() {
    // WXT's own context would end when the page dispatches its start event; this one only when
    // a newer scanner starts or the extension goes (src/page/scanner-context.ts).
    const ctx = new ScannerContext('scanner', { registration: 'runtime', noScriptStartedPostMessage: true });
    void startScanner(ctx, () => sendMessage('loadCardKit').then(takeCardKit));
  },
});
