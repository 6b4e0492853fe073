/**
 * The day an HTML page says it was published, from the metadata news pages
 * carry for search engines and social cards: `article:published_time`,
 * schema.org's `datePublished` (a meta tag or JSON-LD), and the like. A page
 * reports no estimate made after it, so its date decides which of a body's
 * estimates of one value the page reports. Null where the page gives none.
 */

/** Meta names and properties that hold a page's date of publication. */
const DATE_NAMES = ['article:published_time', 'datepublished', 'og:published_time', 'publishdate', 'pubdate', 'dc.date', 'date'];

const META = /<meta\b[^>]*>/gi;
const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const JSON_LD_DATE = /"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})/;
const ISO_DAY = /^\s*(\d{4}-\d{2}-\d{2})/;

/** Where a page's metadata stands: no further than its head, a long one included. */
const HEAD_LENGTH = 200_000;

export function pageDate(html: string): string | null {
  const head = html.slice(0, HEAD_LENGTH);
  const found = new Map<string, string>();
  for (const [tag] of head.matchAll(META)) {
    const attributes = new Map([...tag.matchAll(ATTRIBUTE)].map((m) => [m[1]!.toLowerCase(), m[2] ?? m[3] ?? '']));
    const name = (attributes.get('property') ?? attributes.get('name') ?? attributes.get('itemprop') ?? '').toLowerCase();
    const day = ISO_DAY.exec(attributes.get('content') ?? '')?.[1];
    if (day && DATE_NAMES.includes(name) && !found.has(name)) found.set(name, day);
  }
  for (const name of DATE_NAMES) {
    const day = found.get(name);
    if (day) return day;
  }
  return JSON_LD_DATE.exec(head)?.[1] ?? null;
}
