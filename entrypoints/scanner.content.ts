import { bundledCorpus } from '../src/corpus/bundled-corpus';
import { sendMessage } from '../src/messaging/protocol';
import '../src/page/highlight.css';
import { startScanner } from '../src/page/start-scanner';

// Loaded by the background into frames whose page names North Korea (see gate.ts).
export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  main(ctx) {
    void startScanner(ctx, bundledCorpus, {
      openSource: (claim) => void sendMessage('openSource', { claimId: claim.id }),
    });
  },
});
