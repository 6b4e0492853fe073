/** Saves text as a file through the browser's own download, from an extension page: no permission needed. */
import { h } from './h';

/** Long enough for the browser to start reading the file; the object URL is freed after. */
const REVOKE_AFTER_MS = 10_000;

export function downloadFile(doc: Document, fileName: string, text: string, type: string): void {
  const view = doc.defaultView ?? globalThis;
  const url = view.URL.createObjectURL(new view.Blob([text], { type }));
  const link = h(doc, 'a', { href: url, download: fileName, hidden: '' });
  // Firefox follows a click only on a link that is in the document.
  doc.body.append(link);
  link.click();
  link.remove();
  view.setTimeout(() => view.URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
