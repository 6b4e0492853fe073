// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { bundledCorpus } from '../../src/corpus/bundled-corpus';
import { withImported } from '../../src/corpus/corpus-index';
import { type ImportedCorpus, NOTHING_IMPORTED } from '../../src/corpus/imported-store';
import { importSection, PROBLEMS_SHOWN } from '../../src/ui/corpus-import';
import { corpusFile, readerBody, readerCopy, recordFile } from '../corpus/reader-copy';

/** The import section for what is `imported`, and what it stored and said. */
function render(imported: ImportedCorpus = NOTHING_IMPORTED, options: { failSave?: boolean } = {}) {
  const saved: ImportedCorpus[] = [];
  const changed = vi.fn<(said: string) => void>();
  const save = async (next: ImportedCorpus) => {
    if (options.failSave) throw new Error('QUOTA_BYTES quota exceeded');
    saved.push(next);
  };
  const corpus = withImported(bundledCorpus, imported);
  const section = importSection(document, { corpus, imported, save, changed });
  document.body.replaceChildren(section);
  return { section, saved, changed };
}

/** Chooses `text` as the file `name` in the section's file field, and waits until it is handled. */
async function choose(section: HTMLElement, name: string, text: string, changed: ReturnType<typeof vi.fn>) {
  const input = section.querySelector<HTMLInputElement>('#import-file')!;
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], name, { type: 'application/json' })] });
  input.dispatchEvent(new Event('change'));
  await vi.waitFor(() => {
    if (changed.mock.calls.length === 0 && !section.querySelector('[role="alert"]')) throw new Error('not handled yet');
  });
}

describe('the corpus browser’s import', () => {
  it('stores a file that holds and says so', async () => {
    const { section, saved, changed } = render();
    await choose(section, 'mine.json', recordFile(readerBody('uk-mod', 'reader-uk-mod')), changed);
    expect(saved).toHaveLength(1);
    expect(saved[0]!.bodies.map((f) => f.body.id)).toEqual(['reader-uk-mod']);
    expect(changed).toHaveBeenCalledWith(expect.stringContaining('Imported “mine.json”.'));
    expect(section.querySelector('[role="alert"]')).toBeNull();
  });

  it('refuses a bad file whole, stores nothing, and lists every problem with its estimate', async () => {
    const bad = readerBody('uk-mod', 'reader-uk-mod');
    bad.estimates[1] = { ...bad.estimates[1]!, measure: 'gossip' };
    const { section, saved, changed } = render();
    await choose(section, 'bad.json', recordFile(bad), changed);
    expect(saved).toEqual([]);
    expect(changed).not.toHaveBeenCalled();
    const alert = section.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('Nothing was imported from “bad.json”.');
    const id = bad.estimates[1]!.id;
    expect([...alert.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      `estimate ${id}: "id" must name its as-of date and measure: "…/${id.split('/')[1]}/gossip"`,
      `estimate ${id}: unknown measure "gossip"`,
    ]);
  });

  it('refuses a file in the first format whole, saying how to convert it', async () => {
    const { section, saved, changed } = render();
    await choose(section, 'old.json', corpusFile(readerCopy('002_5eb9459cdb95d9f7', 'copy-a')), changed);
    expect(saved).toEqual([]);
    const alert = section.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('Nothing was imported from “old.json”.');
    expect(alert.textContent).toContain('first corpus format (version 1');
    expect(alert.textContent).toContain('To convert it, write it as version 2');
  });

  it('shows a file’s text as text, never as markup', async () => {
    const { section, changed } = render();
    await choose(section, '<img src=x onerror=alert(1)>.json', '<img src=x onerror=alert(1)>', changed);
    expect(section.querySelector('img')).toBeNull();
    expect(section.querySelector('[role="alert"]')!.textContent).toContain('“<img src=x onerror=alert(1)>.json”');
  });

  it('lists the first problems of a file with many, and counts the rest', async () => {
    const bad = readerBody('nis', 'reader-nis');
    // Each estimate with an unknown measure has two problems: the measure, and the id that names another.
    bad.estimates = bad.estimates.map((e) => ({ ...e, measure: 'gossip' }));
    expect(bad.estimates.length).toBeGreaterThan(PROBLEMS_SHOWN);
    const { section, changed } = render();
    await choose(section, 'many.json', recordFile(bad), changed);
    const alert = section.querySelector('[role="alert"]')!;
    expect(alert.querySelectorAll('li')).toHaveLength(PROBLEMS_SHOWN);
    expect(alert.textContent).toContain(`…and ${2 * bad.estimates.length - PROBLEMS_SHOWN} more.`);
  });

  it('keeps everything as it was when the browser cannot store the sources', async () => {
    const { section, changed } = render(NOTHING_IMPORTED, { failSave: true });
    await choose(section, 'mine.json', recordFile(readerBody('uk-mod', 'reader-uk-mod')), changed);
    expect(changed).not.toHaveBeenCalled();
    expect(section.querySelector('[role="alert"]')!.textContent).toContain('QUOTA_BYTES quota exceeded');
  });

  it('lists what was imported, body by body and old source by source, each with a button that removes it alone', async () => {
    const a = readerCopy('002_5eb9459cdb95d9f7', 'copy-a');
    const body = readerBody('uk-mod', 'reader-uk-mod');
    const imported = {
      bodies: [body],
      files: [a].map(({ documentText: _, ...file }) => file),
      documents: { 'copy-a.txt': a.documentText },
    } as unknown as ImportedCorpus;
    const { section, saved, changed } = render(imported);
    const name = `UK Ministry of Defence (a reader’s copy): ${body.estimates.length} estimates`;
    expect(section.querySelector('li.yours[data-body="reader-uk-mod"] span')!.textContent).toBe(name);
    const remove = section.querySelector<HTMLButtonElement>('li.yours[data-source="copy-a"] button')!;
    expect(remove.getAttribute('aria-label')).toBe(`Remove “${a.source.title}”`);
    remove.click();
    await vi.waitFor(() => expect(changed).toHaveBeenCalledWith(`Removed “${a.source.title}”.`));
    expect(saved[0]!.files).toEqual([]);
    expect(saved[0]!.documents).toEqual({});
    expect(saved[0]!.bodies.map((b) => b.body.id)).toEqual(['reader-uk-mod']);
    section.querySelector<HTMLButtonElement>('li.yours[data-body="reader-uk-mod"] button')!.click();
    await vi.waitFor(() => expect(changed).toHaveBeenCalledWith(`Removed “${name}”.`));
    expect(saved[1]!.bodies).toEqual([]);
  });
});
