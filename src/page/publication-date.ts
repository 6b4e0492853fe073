/**
 * The day a page says it was published, from the marks news pages carry for
 * search engines and social cards: `article:published_time`, schema.org's
 * `datePublished` (an attribute or JSON-LD), and the like, or else the `<time>`
 * in its article's header. A page reports no estimate made after it, so its
 * date decides which of a body's estimates of one value the page reports.
 *
 * One set of rules for both readers: the extension reads the marks from the
 * DOM (`readPublicationDate`), the checker from the HTML (src/cli/page-date.ts),
 * and both hand them to `publicationDate`.
 */

/** What a page marks its date with, each list in document order. */
export interface DateMarks {
  /** A `<meta>`'s property, name or itemprop with its content; another element's itemprop with its content or datetime. */
  readonly named: readonly { readonly name: string; readonly value: string }[];
  /** The text of each `<script type="application/ld+json">`. */
  readonly jsonLd: readonly string[];
  /** The datetime of each `<time>` in the header of an `<article>`. */
  readonly headerTimes: readonly string[];
}

const JSON_LD = 'json-ld';
const HEADER_TIME = 'header-time';

/**
 * Where a date is taken from, surest first: the marks that say "published" of
 * the article itself, then schema.org's JSON-LD, then marks that say only
 * "date", and last the time its header shows (which may be of an update).
 */
const SOURCES = [
  'article:published_time',
  'datepublished',
  'og:published_time',
  'publishdate',
  'pubdate',
  JSON_LD,
  'dc.date',
  'date',
  HEADER_TIME,
];

const ISO_DAY = /^\s*(\d{4}-\d{2}-\d{2})/;
const JSON_LD_DATE = /"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})/;

/** The page's day of publication, ISO, by the first source in `SOURCES` that gives one; null where none does. */
export function publicationDate(marks: DateMarks): string | null {
  const found = new Map<string, string>();
  const note = (source: string, day: string | undefined) => {
    if (day && !found.has(source)) found.set(source, day);
  };
  for (const { name, value } of marks.named) note(name.toLowerCase(), ISO_DAY.exec(value)?.[1]);
  for (const text of marks.jsonLd) note(JSON_LD, JSON_LD_DATE.exec(text)?.[1]);
  for (const datetime of marks.headerTimes) note(HEADER_TIME, ISO_DAY.exec(datetime)?.[1]);
  for (const source of SOURCES) {
    const day = found.get(source);
    if (day) return day;
  }
  return null;
}

/** The name a date mark goes by, and its value: `markOf` for one element, given its tag and attribute reader. */
export function markOf(tag: string, attribute: (name: string) => string | null): { name: string; value: string } | null {
  if (tag === 'meta') {
    const name = attribute('property') ?? attribute('name') ?? attribute('itemprop');
    return name === null ? null : { name, value: attribute('content') ?? '' };
  }
  const itemprop = attribute('itemprop');
  return itemprop === null ? null : { name: itemprop, value: attribute('content') ?? attribute('datetime') ?? '' };
}

/** Whether a `<script>` of this type holds JSON-LD. */
export const isJsonLd = (type: string | null) => type?.trim().toLowerCase() === 'application/ld+json';

/** The extension's reader: the marks of a document (or of any part of one), read from its DOM. */
export function readPublicationDate(doc: ParentNode): string | null {
  const named: DateMarks['named'][number][] = [];
  for (const el of doc.querySelectorAll('meta, [itemprop]')) {
    const mark = markOf(el.localName, (name) => el.getAttribute(name));
    if (mark) named.push(mark);
  }
  const jsonLd = [...doc.querySelectorAll('script')].filter((s) => isJsonLd(s.getAttribute('type'))).map((s) => s.textContent ?? '');
  const headerTimes = [...doc.querySelectorAll('article header time[datetime]')].map((t) => t.getAttribute('datetime') ?? '');
  return publicationDate({ named, jsonLd, headerTimes });
}
