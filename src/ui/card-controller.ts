/**
 * Opens and closes the card: after a short hover over a figure, at once on a
 * click or a keyboard command. The card lives in a shadow root, is shown in the
 * top layer (Popover API) so no overflow or z-index of the page can clip it,
 * and is placed against the figure's range with @floating-ui/dom. Escape closes
 * it and focus goes back where it was.
 */
import { autoUpdate, computePosition, flip, inline, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { i18n } from '#i18n';
import { citationOf } from '../compare/citation';
import type { CorpusIndex } from '../corpus/corpus-index';
import type { OnRecord } from '../corpus/on-record';
import { CARD_HOST, HOVER_OPEN_MS } from '../names/page-names';
import type { Cards } from '../page/card-kit';
import type { HighlightRegistry, MarkedFigure } from '../page/highlight-registry';
import { byReader } from './by-reader';
import cardCss from './card.css?inline';
import { renderCard } from './card-view';
import { copyText } from './copy-text';
import { renderNoFigureCard } from './no-figure-card';
import { pageThemeAt } from './page-theme';
import { words } from './words';

/** A card opened by hovering closes this long after the pointer leaves figure and card. */
export const HOVER_CLOSE_MS = 400;

export type OpenedBy = 'hover' | 'click' | 'keyboard';

export interface CardHooks {
  openSource(claim: OnRecord): void;
}

interface Caret {
  node: Node;
  offset: number;
}

/**
 * The open shadow roots under a point, outermost first: a caret found from the
 * document stops at their hosts unless they are named. The card's own host is
 * not one of them.
 */
function shadowRootsAt(x: number, y: number): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  for (let element = document.elementFromPoint(x, y); element; ) {
    const shadow = element.tagName === CARD_HOST.toUpperCase() ? null : element.shadowRoot;
    if (!shadow || roots.includes(shadow)) break;
    roots.push(shadow);
    element = shadow.elementFromPoint(x, y);
  }
  return roots;
}

/** The caret position under a point; inside open shadow roots too when `inShadow` says figures are marked there. */
function caretAt(x: number, y: number, inShadow: boolean): Caret | null {
  const doc = document as Document & {
    caretPositionFromPoint?: (
      x: number,
      y: number,
      options?: { shadowRoots?: ShadowRoot[] },
    ) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof doc.caretPositionFromPoint === 'function') {
    const shadowRoots = inShadow ? shadowRootsAt(x, y) : [];
    const p = shadowRoots.length > 0 ? doc.caretPositionFromPoint(x, y, { shadowRoots }) : doc.caretPositionFromPoint(x, y);
    return p && { node: p.offsetNode, offset: p.offset };
  }
  const r = doc.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

function rangeContainsPoint(range: Range, x: number, y: number): boolean {
  return [...range.getClientRects()].some((r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1);
}

function elementOf(range: Range): Element | null {
  const node = range.startContainer;
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}

export class CardController implements Cards {
  private ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  private creating: Promise<ShadowRootContentScriptUi<HTMLElement>> | null = null;
  /** The open card; `marked` is null for the card that says a selection holds no figure. */
  private open: { marked: MarkedFigure | null; by: OpenedBy; card: HTMLElement; stopPlacing: () => void } | null = null;
  private returnFocus: HTMLElement | null = null;
  private hoverTimer: number | undefined;
  private closeTimer: number | undefined;
  private pointerFrame = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly registry: HighlightRegistry,
    private readonly corpus: CorpusIndex,
    private readonly hooks: CardHooks,
  ) {
    // Only the reader's own pointer and keys open or close a card, never events a page's script dispatches (by-reader.ts).
    ctx.addEventListener(
      document,
      'pointermove',
      byReader((e: PointerEvent) => this.onPointerMove(e)),
      { passive: true, capture: true },
    );
    ctx.addEventListener(
      document,
      'click',
      byReader((e: MouseEvent) => this.onClick(e)),
      { capture: true },
    );
    ctx.addEventListener(
      document,
      'keydown',
      byReader((e: KeyboardEvent) => this.onKeyDown(e)),
      { capture: true },
    );
    ctx.onInvalidated(() => this.close(false));
    ctx.requestIdleCallback(() => void this.build(), { timeout: 2000 });
  }

  get current(): MarkedFigure | null {
    return this.open?.marked ?? null;
  }

  /** Steps to the next or previous figure, scrolls it into view and opens its card for the keyboard. */
  async step(direction: 'next' | 'previous'): Promise<boolean> {
    const target = this.registry.step(this.open?.marked ?? this.registry.getActive(), direction);
    if (!target) return false;
    await this.reveal(target);
    return true;
  }

  /** Scrolls a figure into view if it is out of it, and opens its card for the keyboard. */
  async reveal(marked: MarkedFigure): Promise<void> {
    const rect = marked.range.getBoundingClientRect();
    if (rect.bottom < 0 || rect.top > innerHeight) elementOf(marked.range)?.scrollIntoView({ block: 'center' });
    await this.show(marked, 'keyboard');
  }

  async show(marked: MarkedFigure, by: OpenedBy): Promise<void> {
    clearTimeout(this.hoverTimer);
    this.cancelClose();
    if (this.open?.marked === marked && (by === 'hover' || this.open.by !== 'hover')) return;
    const all = this.registry.inOrder();
    const index = all.indexOf(marked);
    const card = renderCard(document, marked, this.corpus, index === -1 ? { index: 0, total: 0 } : { index, total: all.length }, {
      close: () => this.close(true),
      step: (direction) => void this.step(direction),
      openSource: (claim) => this.hooks.openSource(claim),
      copyCitation: (claim, button) => void this.copy(claim, button),
    });
    await this.present(card, marked.range, by, marked);
  }

  /** The card that says the selected text holds no figure the engine can compare. */
  async showNoFigure(range: Range, selected: string): Promise<void> {
    clearTimeout(this.hoverTimer);
    this.cancelClose();
    await this.present(
      renderNoFigureCard(document, selected, () => this.close(true)),
      range,
      'keyboard',
      null,
    );
  }

  private async present(card: HTMLElement, range: Range, by: OpenedBy, marked: MarkedFigure | null): Promise<void> {
    const ui = await this.mount();
    if (this.ctx.isInvalid) return;
    if (!this.open && by !== 'hover') {
      const active = document.activeElement;
      this.returnFocus = active instanceof HTMLElement && active !== ui.shadowHost ? active : null;
    }
    this.open?.stopPlacing();
    card.dataset.theme = pageThemeAt(elementOf(range));
    card.dataset.openedBy = by;
    card.addEventListener(
      'keydown',
      byReader((e) => this.onKeyDown(e)),
    );
    card.addEventListener(
      'pointerenter',
      byReader(() => clearTimeout(this.closeTimer)),
    );
    card.addEventListener(
      'pointerleave',
      byReader(() => this.scheduleHoverClose()),
    );
    ui.uiContainer.replaceChildren(card);
    const host = ui.shadowHost;
    if (typeof host.showPopover === 'function' && !host.matches(':popover-open')) host.showPopover();
    this.registry.setActive(marked);
    const stopPlacing = this.place(range, card);
    this.open = { marked, by, card, stopPlacing };
    // A click or the keyboard hands focus to the dialog, so that it is announced once and Escape reaches it.
    if (by !== 'hover') card.focus({ preventScroll: true });
  }

  close(restoreFocus = true): void {
    clearTimeout(this.hoverTimer);
    this.cancelClose();
    if (!this.open) return;
    const { card, stopPlacing } = this.open;
    const hadFocus = card.matches(':focus-within');
    stopPlacing();
    this.open = null;
    this.registry.setActive(null);
    const host = this.ui?.shadowHost;
    if (host && typeof host.hidePopover === 'function' && host.matches(':popover-open')) host.hidePopover();
    this.ui?.uiContainer.replaceChildren();
    if (restoreFocus && hadFocus) {
      const back = this.returnFocus;
      if (back?.isConnected) back.focus({ preventScroll: true });
      else (document.activeElement as HTMLElement | null)?.blur?.();
    }
    this.returnFocus = null;
  }

  /**
   * The card's shadow root, built off the page: ahead of time when the page is
   * idle, so that the first card opens as fast as the rest. Nothing is attached
   * to the page until a card opens.
   */
  private build(): Promise<ShadowRootContentScriptUi<HTMLElement>> {
    this.creating ??= createShadowRootUi(this.ctx, {
      name: CARD_HOST,
      position: 'inline',
      anchor: () => document.body ?? document.documentElement,
      append: 'last',
      css: cardCss,
      inheritStyles: true,
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount: (container, _shadow, host) => {
        host.setAttribute('popover', 'manual');
        return container;
      },
    });
    return this.creating;
  }

  /** The shadow-root UI, attached the first time a card opens: scanning alone adds nothing to the page. */
  private async mount(): Promise<ShadowRootContentScriptUi<HTMLElement>> {
    const ui = await this.build();
    // Attached once; again if the page took it away with its body (a page that swaps in a new <body>).
    if (!this.ui || !ui.shadowHost.isConnected) {
      ui.mount();
      this.ui = ui;
    }
    return this.ui;
  }

  private place(range: Range, card: HTMLElement): () => void {
    const reference: VirtualElement = {
      getBoundingClientRect: () => range.getBoundingClientRect(),
      getClientRects: () => range.getClientRects(),
      contextElement: elementOf(range) ?? undefined,
    };
    const update = () =>
      void computePosition(reference, card, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          inline(),
          offset(6),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply: ({ availableHeight }) => {
              card.style.maxHeight = `${Math.max(180, availableHeight)}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        card.style.left = `${x}px`;
        card.style.top = `${y}px`;
      });
    return autoUpdate(reference, card, update);
  }

  private figureAt(x: number, y: number): MarkedFigure | null {
    const caret = caretAt(x, y, this.registry.inShadowTrees);
    if (!caret) return null;
    const marked = this.registry.at(caret.node, caret.offset);
    return marked && rangeContainsPoint(marked.range, x, y) ? marked : null;
  }

  private onPointerMove(event: PointerEvent): void {
    // Nothing marked, nothing to hit-test: the pointer costs the page nothing.
    if (event.pointerType === 'touch' || this.pointerFrame || (this.registry.size === 0 && !this.open)) return;
    this.pointerFrame = true;
    const { clientX, clientY, target } = event;
    requestAnimationFrame(() => {
      this.pointerFrame = false;
      if (this.ctx.isInvalid) return;
      if (target === this.ui?.shadowHost) return;
      const marked = this.figureAt(clientX, clientY);
      if (marked) {
        this.cancelClose();
        if (this.open?.marked === marked) return;
        clearTimeout(this.hoverTimer);
        this.hoverTimer = this.ctx.setTimeout(() => void this.show(marked, 'hover'), HOVER_OPEN_MS);
      } else {
        clearTimeout(this.hoverTimer);
        this.scheduleHoverClose();
      }
    });
  }

  private cancelClose(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
  }

  private scheduleHoverClose(): void {
    if (this.open?.by !== 'hover' || this.closeTimer !== undefined) return;
    this.closeTimer = this.ctx.setTimeout(() => {
      this.closeTimer = undefined;
      if (this.open?.by === 'hover') this.close(false);
    }, HOVER_CLOSE_MS);
  }

  private onClick(event: MouseEvent): void {
    if (event.target === this.ui?.shadowHost) return;
    const marked = this.figureAt(event.clientX, event.clientY);
    if (marked) void this.show(marked, 'click');
    else if (this.open) this.close(false);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.open) return;
    event.stopPropagation();
    event.preventDefault();
    this.close(true);
  }

  private async copy(claim: OnRecord, button: HTMLButtonElement): Promise<void> {
    const source = this.corpus.sourceById.get(claim.source);
    const copied =
      source || claim.record ? await copyText(words(citationOf(claim, source, new Date())), button.parentNode ?? button) : false;
    const label = button.textContent;
    button.textContent = copied ? i18n.t('estimate.copied') : i18n.t('estimate.copyFailed');
    this.ctx.setTimeout(() => {
      button.textContent = label;
    }, 1600);
  }
}
