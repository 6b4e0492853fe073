import { comparer } from '../src/compare/comparer';
import { bundledWith } from '../src/corpus/bundled-corpus';
import { readImportedFiles } from '../src/corpus/imported-store';
import { sendMessage } from '../src/messaging/protocol';
import { offerCardKit } from '../src/page/card-kit';
import { ShadowStyles } from '../src/page/shadow-styles';
import { CardController } from '../src/ui/card-controller';
import { words } from '../src/ui/words';

// Loaded by the background into a frame whose scanner found a figure (see src/page/card-kit.ts).
// It compares against the bundled corpus and the sources the reader imported.
export default defineUnlistedScript(() => {
  offerCardKit(
    readImportedFiles()
      // Storage that cannot be read leaves the bundled corpus, which is always there.
      .catch(() => [])
      .then((files) => {
        const corpus = bundledWith(files);
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
