/** "Open the original at this sentence ↗": the page that reports an estimate, at the very sentence, wherever an estimate is listed. */
import { i18n } from '#i18n';
import { originalUrl } from '../compare/citation';
import type { OnRecord } from '../corpus/on-record';
import type { Source } from '../corpus/schema';
import { h } from './h';

/** The link, or null where neither a report nor the document has an address. `className` places it (`action original` on the card). */
export function originalLink(doc: Document, claim: OnRecord, source: Source | undefined, className: string): HTMLAnchorElement | null {
  const url = originalUrl(claim, source);
  if (!url) return null;
  return h(
    doc,
    'a',
    { class: className, href: url, target: '_blank', rel: 'noopener noreferrer' },
    i18n.t(claim.record ? 'estimate.originalAtSentence' : 'estimate.original'),
  );
}
