/*
 * The benchmark's probes, run in the page's own world (not the extension's):
 * loaded as text by in-page.ts and evaluated as it is, with no build step, in
 * Chromium and in Firefox. They see only what any page can see: the
 * `rangefinder-*` entries of CSS.highlights and the `rangefinder-card` element.
 *
 * Every timing is performance.now(): milliseconds since the page's navigation
 * started. "Painted" is the end of the first frame that shows a change: a
 * setTimeout(0) queued from that frame's requestAnimationFrame callback runs
 * once the frame's style, layout and paint are done.
 */
(() => {
  if (window.__bench) return;
  const PREFIX = 'rangefinder-';
  const ACTIVE = 'rangefinder-active';

  /** Resolves at the end of the next frame. */
  const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

  /** How many figures the stance highlights hold now. */
  const highlighted = () => {
    let size = 0;
    for (const [name, highlight] of CSS.highlights) if (name.startsWith(PREFIX) && name !== ACTIVE) size += highlight.size;
    return size;
  };

  const highlights = { count: 0, lastChange: null, lastPainted: null, watching: false };

  /** The card's host holds a rendered, visible `.card`. */
  const cardShown = () => {
    const card = document.querySelector('rangefinder-card')?.shadowRoot?.querySelector('.card');
    if (!card?.isConnected) return false;
    if (typeof card.checkVisibility === 'function' && !card.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
      return false;
    const rect = card.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0;
  };

  const cards = { clickAt: null, shownAt: null, paintedAt: null, watching: false };

  window.__bench = {
    afterPaint,

    /**
     * Follows the stance highlights every frame from now on: when their size
     * last changed, and when the frame that drew that change was painted.
     */
    watchHighlights() {
      if (highlights.watching) return;
      highlights.watching = true;
      let last = 0;
      const tick = () => {
        const size = highlighted();
        if (size !== last) {
          last = size;
          highlights.count = size;
          highlights.lastChange = performance.now();
          setTimeout(() => {
            highlights.lastPainted = performance.now();
          }, 0);
        }
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },

    /** What watchHighlights saw, with the page's clock and its load event. */
    highlightState() {
      const navigation = performance.getEntriesByType('navigation')[0];
      return {
        count: highlights.count,
        lastChange: highlights.lastChange,
        lastPainted: highlights.lastPainted,
        now: performance.now(),
        loadEventEnd: navigation ? navigation.loadEventEnd : null,
      };
    },

    /** The gate's floor: one textContent read and one keyword test. */
    gateFloor(keywordSource) {
      const keyword = new RegExp(keywordSource, 'i');
      performance.mark('bench:gate:start');
      const start = performance.now();
      const found = keyword.test(document.body.textContent ?? '');
      const ms = performance.now() - start;
      performance.mark('bench:gate:end');
      return { ms, found };
    },

    /**
     * The scan's floor, gate included: the gate's read and test, then one
     * TreeWalker pass over the text nodes with one number regex, a Range per
     * match, all registered in one Highlight; timed until it is painted.
     */
    async scanFloor(keywordSource, numberSource, highlightName) {
      performance.mark('bench:scan:start');
      const start = performance.now();
      new RegExp(keywordSource, 'i').test(document.body.textContent ?? '');
      const number = new RegExp(numberSource, 'g');
      const highlight = new Highlight();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of node.data.matchAll(number)) {
          const range = new Range();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          highlight.add(range);
        }
      }
      CSS.highlights.set(highlightName, highlight);
      const scriptMs = performance.now() - start;
      await afterPaint();
      const ms = performance.now() - start;
      performance.mark('bench:scan:end');
      return { ms, scriptMs, matches: highlight.size };
    },

    /** mark.js (loaded into the page beforehand) marking every match of a regex, timed until it is painted. */
    markJs(source, flags) {
      return new Promise((resolve) => {
        performance.mark('bench:markjs:start');
        const start = performance.now();
        new window.Mark(document.body).markRegExp(new RegExp(source, flags), {
          done: async (matches) => {
            const scriptMs = performance.now() - start;
            await afterPaint();
            const ms = performance.now() - start;
            performance.mark('bench:markjs:end');
            resolve({ ms, scriptMs, matches });
          },
        });
      });
    },

    /**
     * Follows clicks and the card from now on: the click's input time, when a
     * visible card was first in the page after it, and the end of the first
     * frame that showed it.
     */
    watchCards() {
      if (cards.watching) return;
      cards.watching = true;
      // True from the start of a frame's rAF callbacks (this loop's come first) until the frame is painted.
      let inFrame = false;
      const loop = () => {
        inFrame = true;
        setTimeout(() => {
          inFrame = false;
        }, 0);
        requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
      addEventListener(
        'click',
        (event) => {
          cards.clickAt = event.timeStamp;
          cards.shownAt = null;
          cards.paintedAt = null;
        },
        { capture: true },
      );
      const check = () => {
        if (cards.clickAt === null || cards.shownAt !== null || !cardShown()) return;
        cards.shownAt = performance.now();
        const painted = () => {
          cards.paintedAt = performance.now();
        };
        // Changed during a frame: this frame paints it. Otherwise the next one does.
        if (inFrame) setTimeout(painted, 0);
        else requestAnimationFrame(() => setTimeout(painted, 0));
      };
      const observed = new WeakSet();
      const observer = new MutationObserver(() => {
        const root = document.querySelector('rangefinder-card')?.shadowRoot;
        if (root && !observed.has(root)) {
          observed.add(root);
          observer.observe(root, { childList: true, subtree: true, attributes: true });
        }
        check();
      });
      observer.observe(document, {
        childList: true,
        subtree: true,
        attributes: true,
        attributeFilter: ['popover', 'style', 'class', 'hidden'],
      });
    },

    /** The last click and its card, once the card was painted; null before. */
    cardTiming() {
      return cards.paintedAt === null ? null : { clickAt: cards.clickAt, shownAt: cards.shownAt, paintedAt: cards.paintedAt };
    },
  };
})();
