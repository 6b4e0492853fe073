import { sendMessage } from '../src/messaging/protocol';
import { takeCardKit } from '../src/page/card-kit';
import '../src/page/highlight.css';
import { startScanner } from '../src/page/start-scanner';

// Loaded by the background into frames whose page names North Korea (see gate.ts).
export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  main(ctx) {
    void startScanner(ctx, () => sendMessage('loadCardKit').then(takeCardKit));
  },
});
