/**
 * The scanner's life on a page: scan it (article first) unless its site is
 * off, follow what changes, answer the popup, the keyboard commands and the
 * context menu, apply changed settings at once, and leave nothing behind when
 * the content script is invalidated (an extension update, or the site turned off).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectFigures } from '../engine/detect-figures';
import { type PageFigure, sendMessage } from '../messaging/protocol';
import { listenInScanner } from '../messaging/scanner-rules';
import { CARD_HOST } from '../names/page-names';
import { readPageSettings, watchPageSettings } from '../settings/page-settings';
import type { HighlightStyle, Settings } from '../settings/settings-values';
import { isSiteOff, siteOf } from '../settings/sites';
import type { CardKit, Cards, ShadowStyler } from './card-kit';
import { type ContentWatch, watchContent } from './content-watcher';
import { type Compare, FigureScanner } from './figure-scanner';
import { HighlightRegistry } from './highlight-registry';
import { readPublicationDate } from './publication-date';
import { overlaps, subRange } from './selection-figure';

function isOurs(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).tagName === CARD_HOST.toUpperCase();
}

/** Tells the background how many figures this frame shows, for the badge; quiet once the extension is gone. */
function reportCount(ctx: ContentScriptContext): (count: number) => void {
  let last = -1;
  return (count) => {
    if (count === last || ctx.isInvalid) return;
    last = count;
    void sendMessage('figuresFound', { count }).catch(() => undefined);
  };
}

/** The card kit at work in this frame: the comparison, and the card listening to the page. */
interface Loaded {
  readonly compare: Compare;
  readonly words: CardKit['words'];
  readonly cards: Cards;
}

/** `loadCardKit` brings the corpus, the comparison and the card into the frame; it is asked for once a figure needs them. */
export async function startScanner(ctx: ContentScriptContext, loadCardKit: () => Promise<CardKit>): Promise<void> {
  const root = document.body ?? document.documentElement;
  const report = reportCount(ctx);
  // The highlight styles of shadow roots come with the kit, as the document's do; a figure is marked only once it is here.
  let shadowStyles: ShadowStyler | null = null;
  let highlightStyle: HighlightStyle = 'tint';
  const unstyled = new Set<ShadowRoot>();
  const registry = new HighlightRegistry(report, (shadow) => (shadowStyles ? shadowStyles.adopt(shadow) : unstyled.add(shadow)));
  let loaded: Loaded | null = null;
  let loading: Promise<Loaded> | null = null;
  const kit = (): Promise<Loaded> =>
    (loading ??= loadCardKit().then(
      (k) => {
        shadowStyles = k.shadowStyles(highlightStyle);
        for (const shadow of unstyled) shadowStyles!.adopt(shadow);
        unstyled.clear();
        // The page's date, read once its first figure is found, as the checker reads it: a page reports no estimate made after it.
        const published = readPublicationDate(document);
        const compare: Compare = published ? (figure) => k.compare({ ...figure, published }) : k.compare;
        loaded = { compare, words: k.words, cards: k.cards(ctx, registry) };
        return loaded;
      },
      (error: unknown) => {
        // Asked again next time: the background may have been restarting.
        loading = null;
        throw error;
      },
    ));
  // The open shadow roots the scanner reads are watched for changes, as the page is.
  let watch: ContentWatch | null = null;
  const scanner = new FigureScanner(
    registry,
    () => kit().then((k) => k.compare),
    ctx.signal,
    (shadow) => watch?.observe(shadow),
  );
  ctx.onInvalidated(() => {
    registry.clear();
    shadowStyles?.clear();
    if (browser.runtime?.id) void sendMessage('figuresFound', { count: 0 }).catch(() => undefined);
  });

  // The popup may ask for the figures as soon as it has loaded the scanner, before the settings are read
  // and the page's scan is queued: its answer waits for that scan.
  let pageQueued = () => {};
  const queued = new Promise<void>((resolve) => {
    pageQueued = resolve;
  });

  // Only the extension itself is heard, with data of each message's type (src/messaging/scanner-rules.ts).
  const onMessage = listenInScanner();
  const listeners = [
    // No figure, no card to step to: a page without figures never loads the kit.
    onMessage('stepFigure', async ({ data }) => registry.size > 0 && (await kit()).cards.step(data.direction)),
    onMessage('listFigures', async () => {
      await queued;
      await scanner.idle();
      const marked = registry.inOrder();
      // A page without figures never loads the kit; with figures, it is here.
      if (marked.length === 0) return [];
      const { words } = await kit();
      return marked.map(
        (m, index): PageFigure => ({
          index,
          text: m.figure.text,
          measure: m.figure.measure,
          stance: m.comparison.stance,
          reading: words(m.comparison.reading),
        }),
      );
    }),
    onMessage('revealFigure', async ({ data }) => {
      const marked = registry.inOrder()[data.index];
      if (!marked) return false;
      await (await kit()).cards.reveal(marked);
      return true;
    }),
    onMessage('compareSelection', ({ data }) => compareSelection(data.text)),
  ];
  ctx.onInvalidated(() => {
    for (const stop of listeners) stop();
  });

  /** The context menu's compare: a figure marked in the selection opens its own card; otherwise the engine reads the selection. */
  async function compareSelection(text: string): Promise<void> {
    const selection = document.getSelection();
    const range = selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0).cloneRange() : null;
    const { cards, compare } = await kit();
    const marked = range && registry.inOrder().find((m) => overlaps(m.range, range));
    if (marked) return cards.reveal(marked);
    // A selection inside a text field has no range in the page; the card stands by the field then.
    const anchor = range ?? fieldRange();
    const selected = range?.toString() ?? text;
    // The reader chose this text: it is read as on topic, whatever the page is about.
    const figure = detectFigures(selected, { assumeTopic: true })[0];
    if (!figure) return cards.showNoFigure(anchor, selected);
    const figureRange = range && range.toString() === selected ? subRange(range, figure.start, figure.end) : anchor;
    await cards.show({ figure, comparison: compare(figure), range: figureRange }, 'keyboard');
  }

  try {
    await watchAndScan();
  } finally {
    pageQueued();
  }

  async function watchAndScan(): Promise<void> {
    const settings = await readPageSettings();
    // A frame with no address of its own (about:srcdoc, or about:blank the page wrote into) is of its page's
    // site: its document's origin, which `window.origin` gives (`location.origin` is that of its address, "null").
    const site = siteOf(location.href) ?? siteOf(window.origin);
    let applied: Settings = settings;
    registry.setHidden(settings.hiddenMeasures);
    highlightStyle = settings.highlightStyle;
    const stopWatching = watchPageSettings((next) => {
      if (site && isSiteOff(next.offSites, site)) {
        ctx.notifyInvalidated();
        return;
      }
      if (next.hiddenMeasures.join() !== applied.hiddenMeasures.join()) registry.setHidden(next.hiddenMeasures);
      if (next.highlightStyle !== applied.highlightStyle) {
        void sendMessage('restyleFrame').catch(() => undefined);
        highlightStyle = next.highlightStyle;
        shadowStyles?.setStyle(highlightStyle);
      }
      applied = next;
    });
    ctx.onInvalidated(stopWatching);

    // On a site the reader turned off, the scanner is here only for the context menu: it reads no more than the selection.
    if (!site || isSiteOff(settings.offSites, site)) return;
    // Scans run later, in their queue: the watch has begun by the time one meets a shadow root.
    void scanner.scanPage(root);
    watch = watchContent(
      root,
      ctx.signal,
      ({ added, removed }) => {
        const cards = loaded?.cards;
        if (removed && registry.prune() > 0 && cards?.current && !registry.inOrder().includes(cards.current)) cards.close(false);
        if (added.length > 0) void scanner.scan(added);
      },
      isOurs,
    );
  }
}

function fieldRange(): Range {
  const range = document.createRange();
  range.selectNode(document.activeElement ?? document.body ?? document.documentElement);
  return range;
}
