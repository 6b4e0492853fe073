/**
 * Which lines of a text are about North Korea. A line that names it is; prose
 * that follows on is, for a few paragraphs. A line that is no prose (a headline,
 * a standfirst without its full stop, a caption, a key-facts item) is read like
 * prose where it stands close to such a line: a page's head and its fact box
 * sum the story up. Lines that are all link (menus, related stories) never take
 * their subject from their neighbours, nor lend it to them.
 */
import type { Paragraph, Span } from './segment-text';
import { CONTINUATION, NORTH_KOREA } from './topic-keywords';

/** A passage stays about North Korea for this many prose paragraphs after it was last named. */
const CONTINUATION_PARAGRAPHS = 2;

/**
 * A line that is no prose is read with the passage within this many lines of
 * its last line read: one naming North Korea, prose about it, or a line of
 * figures read so (a list of key facts reads on, item by item).
 */
const NEAR_LINES = 3;

/** One line of the text: its paragraph, its folded text, and whether it is all link. */
export interface Line {
  readonly paragraph: Paragraph;
  readonly folded: string;
  readonly link: boolean;
}

export interface PassageContext {
  /** Whether `line` is about North Korea; `next` is the line after it, if any. */
  about(line: Line, next: Line | undefined): boolean;
  /** The line just read held a figure: a list read by nearness reads on from it. */
  held(): void;
}

export function passageContext(assumeTopic: boolean): PassageContext {
  let since = Infinity;
  let gap = Infinity;
  /** Headlines that named North Korea so far, and whether the line read last was one after the first. */
  let headlines = 0;
  let afterHeadline = false;
  let near = false;
  return {
    about(line, next) {
      if (assumeTopic) return true;
      const { prose, short } = line.paragraph;
      gap++;
      near = false;
      if (NORTH_KOREA.test(line.folded)) {
        // A link naming North Korea is read itself, but lends its subject to no line after it: "Top 10 most read"
        // after a related story's link is another list.
        if (line.link) return true;
        since = 0;
        gap = 0;
        const headline = !line.link && !prose && !short;
        if (headline) headlines++;
        // The first headline is the page's own and carries its standfirst; headlines after it are a list of stories.
        afterHeadline = headline && headlines > 1;
        return true;
      }
      if (line.link) return false;
      if (prose) {
        since++;
        if (since <= CONTINUATION_PARAGRAPHS && CONTINUATION.test(line.folded)) since = 0;
        if (since > CONTINUATION_PARAGRAPHS) return false;
        gap = 0;
        afterHeadline = false;
        return true;
      }
      // A headline over prose heads it, and is about North Korea only where that prose is: not a liveblog entry's
      // "Ukraine says Russian losses top 860,000" over a paragraph that has left the subject.
      const heads = !short && next !== undefined && !next.link && next.paragraph.prose;
      const headsAnother = heads && !NORTH_KOREA.test(next.folded) && since + 1 > CONTINUATION_PARAGRAPHS;
      near = since <= CONTINUATION_PARAGRAPHS && gap <= NEAR_LINES && (short || !afterHeadline) && !headsAnother;
      if (near) return true;
      // A headline that does not name the country takes its subject from the standfirst beneath it.
      return next !== undefined && !next.link && next.paragraph.prose && NORTH_KOREA.test(next.folded);
    },
    held() {
      if (!near) return;
      gap = 0;
      afterHeadline = false;
    },
  };
}

/**
 * Whether a paragraph lies within one of `links` (sorted spans of lines that are
 * all link), looked up in order: `from` is where the last look-up ended.
 */
export function inLinks(links: readonly Span[], paragraph: Span, from: { at: number }): boolean {
  while (from.at < links.length && links[from.at]!.end < paragraph.end) from.at++;
  const link = links[from.at];
  return link !== undefined && link.start <= paragraph.start && paragraph.end <= link.end;
}
