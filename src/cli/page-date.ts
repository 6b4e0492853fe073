/**
 * The checker's reader of a page's date: the marks an HTML page gives it
 * (src/page/publication-date.ts), read from its HTML, put into a date by the
 * rules the extension reads the DOM by. Null where the page gives none.
 */
import { Parser } from 'htmlparser2';
import { type DateMarks, isJsonLd, markOf, publicationDate } from '../page/publication-date';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

export function pageDate(html: string): string | null {
  const named: DateMarks['named'][number][] = [];
  const jsonLd: string[] = [];
  const headerTimes: string[] = [];
  // The open elements, to tell a <time> in an article's header; a JSON-LD script's text as it comes.
  const open: string[] = [];
  let script: string | null = null;
  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        const attribute = (name: string) => attributes[name] ?? null;
        const mark = markOf(tag, attribute);
        if (mark) named.push(mark);
        if (tag === 'script' && isJsonLd(attribute('type'))) script = '';
        if (tag === 'time' && attributes.datetime !== undefined) {
          const article = open.indexOf('article');
          if (article >= 0 && open.indexOf('header', article) > article) headerTimes.push(attributes.datetime);
        }
        if (!VOID.has(tag)) open.push(tag);
      },
      ontext(text) {
        if (script !== null) script += text;
      },
      onclosetag(tag) {
        if (VOID.has(tag)) return;
        open.pop();
        if (tag === 'script' && script !== null) {
          jsonLd.push(script);
          script = null;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return publicationDate({ named, jsonLd, headerTimes });
}
