/**
 * The text of an HTML page as a browser presents it, read by the rules the
 * extension reads pages by (src/page/block-elements.ts): no scripts, styles,
 * form fields, preformatted or hidden text, entities decoded, white space
 * collapsed and marks that show nothing left out (src/page/visible-text.ts), a
 * line break at every block.
 */
import { Parser } from 'htmlparser2';
import { BLOCK_ELEMENTS, hiddenByAttributes, NOT_PROSE_ELEMENTS, UNREAD_ELEMENTS } from '../page/block-elements';
import { collapse } from '../page/visible-text';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** A page's text, and the lines of it that are all link (a menu item, a related story), as the extension reads them. */
export interface PageText {
  readonly text: string;
  readonly links: readonly { readonly start: number; readonly end: number }[];
}

export function htmlToText(html: string): string {
  return htmlToPage(html).text;
}

export function htmlToPage(html: string): PageText {
  // Finished lines, and the line being written: appending to one ever-growing string and trimming its end is quadratic.
  const lines: { text: string; link: boolean }[] = [];
  let line = '';
  /** Whether all the line's text so far is link (null: it has none yet). */
  let allLink: boolean | null = null;
  let skipping = 0;
  let linkDepth = 0;
  const stack: { skip: boolean; link: boolean }[] = [];
  const lineBreak = () => {
    let end = line.length;
    while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
    line = line.slice(0, end);
    if (line !== '') lines.push({ text: line, link: allLink === true });
    line = '';
    allLink = null;
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const skip =
          skipping > 0 ||
          UNREAD_ELEMENTS.has(name) ||
          NOT_PROSE_ELEMENTS.has(name) ||
          hiddenByAttributes({ getAttribute: (a) => attributes[a] ?? null });
        const link = !skip && name === 'a' && attributes.href !== undefined;
        if (!VOID.has(name)) stack.push({ skip, link });
        if (skip) {
          if (!VOID.has(name)) skipping++;
          return;
        }
        if (link) linkDepth++;
        if (BLOCK_ELEMENTS.has(name)) lineBreak();
      },
      ontext(text) {
        if (skipping > 0) return;
        const read = collapse(text, line === '' || line.endsWith(' ')).text;
        line += read;
        if (read !== '' && read !== ' ') allLink = (allLink ?? true) && linkDepth > 0;
      },
      onclosetag(name) {
        if (VOID.has(name)) return;
        const open = stack.pop();
        if (open?.skip) {
          skipping--;
          return;
        }
        if (open?.link) linkDepth--;
        if (BLOCK_ELEMENTS.has(name)) lineBreak();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  lineBreak();
  const links: { start: number; end: number }[] = [];
  let at = 0;
  for (const { text, link } of lines) {
    if (link) links.push({ start: at, end: at + text.length });
    at += text.length + 1;
  }
  return { text: lines.map((l) => l.text).join('\n'), links };
}
