/**
 * Text as the browser shows it, one rule for both readers of a page (the
 * extension's, page-text.ts, and the checker's, html-to-text.ts): white space
 * collapsed, and the characters that show nothing left out.
 */

/**
 * Characters that show nothing: the marks that only steer the direction of text
 * (ALM, LRM, RLM, embeddings, overrides, isolates), which right-to-left pages
 * write around numbers, and the soft hyphen, zero-width space, joiners, word
 * joiner and byte-order mark, which typesetting puts inside words and numbers
 * ("Pyong&shy;yang", "15,&#8203;000") where a reader sees one word.
 */
const MARKS = '\\u00AD\\u061C\\u200B-\\u200F\\u202A-\\u202E\\u2060\\u2066-\\u2069\\uFEFF';
/** White space the browser collapses (no-break spaces stay: they are seen). */
const WHITE = '\\t\\n\\r\\f ';

const MARK_RUN = new RegExp(`[${MARKS}]+`, 'g');
const HAS_MARK = new RegExp(`[${MARKS}]`);
const UNSEEN_RUN = new RegExp(`[${WHITE}${MARKS}]+`, 'g');
const HAS_UNSEEN = new RegExp(`[\\t\\n\\r\\f${MARKS}]| {2}`);
const SPACE = new RegExp(`[${WHITE}]`);

/**
 * Text as the browser shows it: each run of white space one space (none after
 * a space, or at the start of a line), the marks gone. Source wrapped and
 * indented by hand, or a figure in bidi marks, reads as the reader sees it.
 * `cuts` lists, in pairs, from which offset of the result how far its offsets
 * lie behind those of `data`; null when nothing changed.
 */
export function collapse(data: string, afterSpace: boolean): { text: string; cuts: number[] | null } {
  if (!HAS_UNSEEN.test(data) && !(afterSpace && data.charCodeAt(0) === 32)) return { text: data, cuts: null };
  const cuts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  let last = 0;
  let behind = 0;
  let spaced = afterSpace;
  for (const match of data.matchAll(UNSEEN_RUN)) {
    const at = match.index;
    const run = match[0];
    if (at > last) {
      parts.push(data.slice(last, at));
      length += at - last;
      spaced = false;
    }
    const kept = !spaced && SPACE.test(run) ? 1 : 0;
    // The space kept stands for the run's first white space; marks before it are skipped.
    const lead = kept ? run.search(SPACE) : 0;
    if (lead > 0) {
      behind += lead;
      cuts.push(length, behind);
    }
    if (kept) {
      parts.push(' ');
      length += 1;
      spaced = true;
    }
    const rest = run.length - lead - kept;
    if (rest > 0) {
      behind += rest;
      cuts.push(length, behind);
    }
    last = at + run.length;
  }
  parts.push(data.slice(last));
  return { text: parts.join(''), cuts };
}

/** Whether text as written in the page reads as `text` (see `collapse`). */
export function readsAs(written: string, text: string): boolean {
  return written === text || collapse(written, false).text === text;
}

/**
 * Text with the marks that show nothing left out (white space as it is), for a
 * test on a whole page's text; null when it holds none, the common case.
 */
export function withoutMarks(text: string): string | null {
  return HAS_MARK.test(text) ? text.replace(MARK_RUN, '') : null;
}
