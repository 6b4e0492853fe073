/**
 * The text of an HTML page as a browser presents it: no scripts, styles or hidden
 * elements, entities decoded, white space collapsed, a line break at every block.
 */
import { Parser } from 'htmlparser2';
import { BLOCK_ELEMENTS, UNREAD_ELEMENTS } from '../page/block-elements';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

function isHidden(attributes: Record<string, string>): boolean {
  return 'hidden' in attributes || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attributes.style ?? '');
}

export function htmlToText(html: string): string {
  let out = '';
  let skipping = 0;
  let pre = 0;
  const stack: boolean[] = [];
  const lineBreak = () => {
    out = out.replace(/[ \t]+$/, '');
    if (out !== '' && !out.endsWith('\n')) out += '\n';
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const skip = skipping > 0 || UNREAD_ELEMENTS.has(name) || isHidden(attributes);
        if (!VOID.has(name)) stack.push(skip);
        if (skip) {
          if (!VOID.has(name)) skipping++;
          return;
        }
        if (name === 'pre') pre++;
        if (BLOCK_ELEMENTS.has(name)) lineBreak();
      },
      ontext(text) {
        if (skipping > 0) return;
        if (pre > 0) {
          out += text;
          return;
        }
        const collapsed = text.replace(/[ \t\n\r\f]+/g, ' ');
        out += out === '' || out.endsWith('\n') || out.endsWith(' ') ? collapsed.replace(/^ /, '') : collapsed;
      },
      onclosetag(name, implied) {
        if (VOID.has(name) && !implied) return;
        if (VOID.has(name)) return;
        const skipped = stack.pop();
        if (skipped) {
          skipping--;
          return;
        }
        if (name === 'pre') pre--;
        if (BLOCK_ELEMENTS.has(name)) lineBreak();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return out.replace(/[ \t]+$/gm, '').replace(/\n{2,}/g, '\n').trim();
}
