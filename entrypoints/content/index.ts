import { clearHighlights, highlightFigures } from '../../src/page/highlight-figures';
import './highlight.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  cssInjectionMode: 'manifest',
  main(ctx) {
    if (!document.body) return;
    highlightFigures(document.body);
    ctx.onInvalidated(clearHighlights);
  },
});
