import { sendMessage } from '../../src/messaging/protocol';
import { mentionsNorthKorea, watchForTopic } from '../../src/page/topic-gate';
import './highlight.css';

// The gate on every page: one textContent read and keyword test. Only a page
// that names North Korea, now or in content that arrives later, gets the scanner.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  cssInjectionMode: 'manifest',
  main(ctx) {
    const root = document.body ?? document.documentElement;
    const requestScanner = () => void sendMessage('scanFrame').catch(() => undefined);
    if (mentionsNorthKorea(root)) requestScanner();
    else watchForTopic(root, ctx.signal, requestScanner);
  },
});
