import { comparer } from '../src/compare/comparer';
import { bundledWith } from '../src/corpus/bundled-corpus';
import { NOTHING_IMPORTED, readImportedFiles } from '../src/corpus/imported-store';
import { sendMessage } from '../src/messaging/protocol';
import { offerCardKit } from '../src/page/card-kit';
import { ShadowStyles } from '../src/page/shadow-styles';
import { CardController } from '../src/ui/card-controller';
import { words } from '../src/ui/words';

// Loaded by the background into a frame whose scanner found a figure (see src/page/card-kit.ts).
// It compares against the bundled corpus and what the reader imported.
export default defineUnlistedScript(() => {
  offerCardKit(
    readImportedFiles()
      // Storage that cannot be read leaves the bundled corpus, which is always there.
      .catch(() => NOTHING_IMPORTED)
      .then((imported) => {
        const corpus = bundledWith(imported);
        return {
          compare: comparer(corpus),
          words,
          cards: (ctx, registry) =>
            new CardController(ctx, registry, corpus, {
              openSource: (claim) => void sendMessage('openSource', { claimId: claim.id }),
            }),
          shadowStyles: (style) => new ShadowStyles(style),
        };
      }),
  );
});
