/**
 * How page text is split: the elements that start a new line of text, and those
 * whose text is never read. Shared by the content script and the command-line
 * checker, so a page reads the same in both.
 */

/** Elements that break the text into lines (lower-case tag names). */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'button',
  'option',
  'legend',
  'label',
  'input',
  'textarea',
  'img',
  'picture',
  'video',
  'audio',
]);

/** Elements whose text a reader never sees as prose (lower-case tag names). */
export const UNREAD_ELEMENTS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'iframe',
  'object',
  'svg',
  'math',
  'canvas',
  'select',
  'datalist',
]);

/**
 * Elements whose text is no prose of the page either: form fields (what a
 * reader types is theirs) and preformatted text (code listings, ASCII art).
 * Inline `<code>` is read: a figure split by it ("15,<code>000</code>") is one.
 */
export const NOT_PROSE_ELEMENTS: ReadonlySet<string> = new Set(['textarea', 'input', 'option', 'pre']);

/** An inline style that hides an element. */
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/**
 * What both readers of a page (the extension's, page-text.ts, and the
 * checker's, html-to-text.ts) leave out, read from an element's attributes
 * alone, so neither forces layout: the `hidden` attribute, `aria-hidden="true"`,
 * an editable box, and an inline style of `display: none` or `visibility: hidden`.
 */
export function hiddenByAttributes(element: { getAttribute(name: string): string | null }): boolean {
  const editable = element.getAttribute('contenteditable');
  const style = element.getAttribute('style');
  return (
    element.getAttribute('hidden') !== null ||
    element.getAttribute('aria-hidden') === 'true' ||
    (editable !== null && editable !== 'false') ||
    (style !== null && HIDDEN_STYLE.test(style))
  );
}
