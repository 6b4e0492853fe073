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

export function htmlToText(html: string): string {
  // Finished lines, and the line being written: appending to one ever-growing string and trimming its end is quadratic.
  const lines: string[] = [];
  let line = '';
  let skipping = 0;
  const stack: boolean[] = [];
  const lineBreak = () => {
    let end = line.length;
    while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
    line = line.slice(0, end);
    if (line !== '') lines.push(line.endsWith('\n') ? line.slice(0, -1) : line);
    line = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const skip =
          skipping > 0 ||
          UNREAD_ELEMENTS.has(name) ||
          NOT_PROSE_ELEMENTS.has(name) ||
          hiddenByAttributes({ getAttribute: (a) => attributes[a] ?? null });
        if (!VOID.has(name)) stack.push(skip);
        if (skip) {
          if (!VOID.has(name)) skipping++;
          return;
        }
        if (BLOCK_ELEMENTS.has(name)) lineBreak();
      },
      ontext(text) {
        if (skipping > 0) return;
        line += collapse(text, line === '' || line.endsWith('\n') || line.endsWith(' ')).text;
      },
      onclosetag(name, implied) {
        if (VOID.has(name) && !implied) return;
        if (VOID.has(name)) return;
        const skipped = stack.pop();
        if (skipped) {
          skipping--;
          return;
        }
        if (BLOCK_ELEMENTS.has(name)) lineBreak();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  const out = lines.map((l) => `${l}\n`).join('') + line;
  return out
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
