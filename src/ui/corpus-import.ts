/**
 * The corpus browser's import: a reader adds estimates of their own from a
 * Rangefinder corpus file (src/corpus/import-file.ts), checked exactly as the
 * bundled record is when the extension is built, and kept in this browser.
 * A file with any problem is refused whole and its problems listed; nothing
 * is stored then. What was imported can be removed again, body by body (and
 * source by source, for what was imported in the first format).
 */
import { i18n } from '#i18n';
import type { CorpusIndex } from '../corpus/corpus-index';
import { type ImportRefusal, MAX_IMPORT_BYTES, readImportFile, withoutBody, withoutSource } from '../corpus/import-file';
import type { ImportedCorpus } from '../corpus/imported-store';
import { h } from './h';

/** Problems listed in full; a file with more gets the count of the rest. */
export const PROBLEMS_SHOWN = 20;

const REFUSALS: Readonly<Record<ImportRefusal['reason'], () => string>> = {
  'too-large': () => i18n.t('corpus.import.tooLarge', [String(MAX_IMPORT_BYTES / 1024 / 1024)]),
  'not-json': () => i18n.t('corpus.import.notJson'),
  'not-corpus': () => i18n.t('corpus.import.notCorpus'),
  'old-format': () => i18n.t('corpus.import.oldFormat'),
  invalid: () => i18n.t('corpus.import.invalid'),
};

export interface ImportOptions {
  /** The corpus as it stands: the bundled sources and those imported. */
  readonly corpus: CorpusIndex;
  readonly imported: ImportedCorpus;
  /** Stores what is imported, in one write. */
  readonly save: (next: ImportedCorpus) => Promise<void>;
  /** Called once a change is stored, with what to tell the reader: the page shows the new corpus. */
  readonly changed: (said: string) => void;
  /** What the last change was, to say once the page is shown again. */
  readonly said?: string;
}

export function importSection(doc: Document, { corpus, imported, save, changed, said }: ImportOptions): HTMLElement {
  const input = h(doc, 'input', { type: 'file', id: 'import-file', accept: '.json,application/json', 'aria-describedby': 'import-hint' });
  const status = h(doc, 'div', { id: 'import-status', role: 'status', tabindex: '-1' }, said ?? '');
  const problems = h(doc, 'div', { id: 'import-problems' });

  function refuse(fileName: string, summary: string, details: readonly string[]): void {
    status.textContent = '';
    const shown = details.slice(0, PROBLEMS_SHOWN);
    problems.replaceChildren(
      h(
        doc,
        'div',
        { class: 'refused', role: 'alert' },
        h(doc, 'p', { class: 'error' }, i18n.t('corpus.import.refused', [fileName]), ' ', summary),
        shown.length > 0 && h(doc, 'ul', {}, ...shown.map((problem) => h(doc, 'li', {}, problem))),
        details.length > shown.length && h(doc, 'p', {}, i18n.t('corpus.import.more', [String(details.length - shown.length)])),
      ),
    );
  }

  async function importFile(file: File): Promise<void> {
    problems.replaceChildren();
    status.textContent = i18n.t('corpus.import.reading', [file.name]);
    if (file.size > MAX_IMPORT_BYTES) {
      refuse(file.name, REFUSALS['too-large'](), []);
      return;
    }
    const result = readImportFile(await file.text(), corpus, imported);
    if ('refused' in result) {
      const { reason, problems: details } = result.refused;
      refuse(file.name, REFUSALS[reason](), details);
      return;
    }
    try {
      await save(result.imported);
    } catch (error) {
      refuse(file.name, i18n.t('corpus.import.notSaved'), [String((error as Error).message ?? error)]);
      return;
    }
    changed(i18n.t('corpus.import.done', [file.name]));
  }

  input.addEventListener('change', () => {
    const file = input.files?.[0];
    // The same file can be chosen again after it is fixed.
    input.value = '';
    if (file) void importFile(file);
  });

  /** One thing the reader imported, with a button that removes it. */
  function yoursItem(attributes: Record<string, string>, name: string, removed: () => ImportedCorpus): HTMLLIElement {
    const remove = h(
      doc,
      'button',
      { type: 'button', class: 'remove', 'aria-label': i18n.t('corpus.import.removeLabel', [name]) },
      i18n.t('corpus.import.remove'),
    );
    remove.addEventListener('click', async () => {
      remove.disabled = true;
      try {
        await save(removed());
        changed(i18n.t('corpus.import.removed', [name]));
      } catch (error) {
        remove.disabled = false;
        status.textContent = i18n.t('corpus.import.notRemoved', [String((error as Error).message ?? error)]);
      }
    });
    return h(doc, 'li', { class: 'yours', ...attributes }, h(doc, 'span', {}, name), ' ', remove);
  }

  const yours = [
    ...imported.bodies.map(({ body, estimates }) =>
      yoursItem(
        { 'data-body': body.id },
        i18n.t('corpus.import.bodyEstimates', estimates.length, [String(estimates.length), body.name]),
        () => withoutBody(imported, body.id),
      ),
    ),
    ...imported.files.map(({ source }) => yoursItem({ 'data-source': source.id }, source.title, () => withoutSource(imported, source.id))),
  ];

  if (said) doc.defaultView?.setTimeout(() => status.focus());
  return h(
    doc,
    'section',
    { class: 'import', 'aria-labelledby': 'import-title' },
    h(doc, 'h2', { id: 'import-title' }, i18n.t('corpus.import.heading')),
    h(doc, 'p', { class: 'intro', id: 'import-hint' }, i18n.t('corpus.import.intro')),
    h(doc, 'div', { class: 'field' }, h(doc, 'label', { for: 'import-file' }, i18n.t('corpus.import.choose')), input),
    status,
    problems,
    yours.length > 0 ? h(doc, 'ul', { class: 'yours' }, ...yours) : h(doc, 'p', { class: 'meta' }, i18n.t('corpus.import.none')),
  );
}
