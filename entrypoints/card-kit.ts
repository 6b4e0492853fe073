import { bundledCorpus } from '../src/corpus/bundled-corpus';
import { comparer } from '../src/engine/comparer';
import { sendMessage } from '../src/messaging/protocol';
import { offerCardKit } from '../src/page/card-kit';
import { CardController } from '../src/ui/card-controller';
import { words } from '../src/ui/words';

// Loaded by the background into a frame whose scanner found a figure (see src/page/card-kit.ts).
export default defineUnlistedScript(() => {
  offerCardKit({
    compare: comparer(bundledCorpus),
    words,
    cards: (ctx, registry) =>
      new CardController(ctx, registry, bundledCorpus, {
        openSource: (claim) => void sendMessage('openSource', { claimId: claim.id }),
      }),
  });
});
