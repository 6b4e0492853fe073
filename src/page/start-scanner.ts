/**
 * The scanner's life on a page: scan it (article first), follow what changes,
 * answer the keyboard commands, and leave nothing behind when the content
 * script is invalidated (an extension update or uninstall).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CorpusIndex } from '../corpus/corpus-index';
import { onMessage } from '../messaging/protocol';
import { CARD_HOST, CardController, type CardHooks } from '../ui/card-controller';
import { watchContent } from './content-watcher';
import { FigureScanner } from './figure-scanner';
import { HighlightRegistry } from './highlight-registry';

function isOurs(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).tagName === CARD_HOST.toUpperCase();
}

export function startScanner(ctx: ContentScriptContext, corpus: CorpusIndex, hooks: CardHooks): void {
  const root = document.body ?? document.documentElement;
  const registry = new HighlightRegistry();
  const scanner = new FigureScanner(registry, corpus, ctx.signal);
  const cards = new CardController(ctx, registry, corpus, hooks);
  ctx.onInvalidated(() => registry.clear());

  void scanner.scanPage(root);
  watchContent(
    root,
    ctx.signal,
    ({ added, removed }) => {
      if (removed && registry.prune() > 0 && cards.current && !registry.inOrder().includes(cards.current)) cards.close(false);
      if (added.length > 0) void scanner.scan(added);
    },
    isOurs,
  );

  const stopListening = onMessage('stepFigure', ({ data }) => cards.step(data.direction));
  ctx.onInvalidated(stopListening);
}
