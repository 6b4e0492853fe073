// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { bundledCorpus } from '../../src/corpus/bundled-corpus';
import { withSources } from '../../src/corpus/corpus-index';
import { type ImportedCorpus, NOTHING_IMPORTED } from '../../src/corpus/imported-store';
import { importSection, PROBLEMS_SHOWN } from '../../src/ui/corpus-import';
import { corpusFile, readerCopy } from '../corpus/reader-copy';

/** The import section for what is `imported`, and what it stored and said. */
function render(imported: ImportedCorpus = NOTHING_IMPORTED, options: { failSave?: boolean } = {}) {
  const saved: ImportedCorpus[] = [];
  const changed = vi.fn<(said: string) => void>();
  const save = async (next: ImportedCorpus) => {
    if (options.failSave) throw new Error('QUOTA_BYTES quota exceeded');
    saved.push(next);
  };
  const corpus = imported.files.length > 0 ? withSources(bundledCorpus, imported.files) : bundledCorpus;
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
    await choose(section, 'mine.json', corpusFile(readerCopy('002_5eb9459cdb95d9f7', 'copy-a')), changed);
    expect(saved).toHaveLength(1);
    expect(saved[0]!.files.map((f) => f.source.id)).toEqual(['copy-a']);
    expect(changed).toHaveBeenCalledWith(expect.stringContaining('Imported “mine.json”.'));
    expect(section.querySelector('[role="alert"]')).toBeNull();
  });

  it('refuses a bad file whole, stores nothing, and lists every problem with its claim', async () => {
    const bad = readerCopy('002_5eb9459cdb95d9f7', 'copy-a');
    bad.claims[0] = { ...bad.claims[0], value: 7 };
    bad.claims[1] = { ...bad.claims[1], measure: 'gossip' };
    const { section, saved, changed } = render();
    await choose(section, 'bad.json', corpusFile(bad), changed);
    expect(saved).toEqual([]);
    expect(changed).not.toHaveBeenCalled();
    const alert = section.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('Nothing was imported from “bad.json”.');
    expect([...alert.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['claim copy-a#2: unknown measure "gossip"']);
  });

  it('shows a file’s text as text, never as markup', async () => {
    const { section, changed } = render();
    await choose(section, '<img src=x onerror=alert(1)>.json', '<img src=x onerror=alert(1)>', changed);
    expect(section.querySelector('img')).toBeNull();
    expect(section.querySelector('[role="alert"]')!.textContent).toContain('“<img src=x onerror=alert(1)>.json”');
  });

  it('lists the first problems of a file with many, and counts the rest', async () => {
    const bad = readerCopy('002_5eb9459cdb95d9f7', 'copy-a');
    const many = Array.from({ length: PROBLEMS_SHOWN + 5 }, (_, i) => ({
      ...bad,
      source: { ...bad.source, id: `copy-${i}`, document: `copy-${i}.txt`, kind: 'rumour' },
      claims: [],
    }));
    const { section, changed } = render();
    await choose(section, 'many.json', corpusFile(...many), changed);
    const alert = section.querySelector('[role="alert"]')!;
    expect(alert.querySelectorAll('li')).toHaveLength(PROBLEMS_SHOWN);
    expect(alert.textContent).toContain('…and 5 more.');
  });

  it('keeps everything as it was when the browser cannot store the sources', async () => {
    const { section, changed } = render(NOTHING_IMPORTED, { failSave: true });
    await choose(section, 'mine.json', corpusFile(readerCopy('002_5eb9459cdb95d9f7', 'copy-a')), changed);
    expect(changed).not.toHaveBeenCalled();
    expect(section.querySelector('[role="alert"]')!.textContent).toContain('QUOTA_BYTES quota exceeded');
  });

  it('lists the imported sources, each with a button that removes it alone', async () => {
    const a = readerCopy('002_5eb9459cdb95d9f7', 'copy-a');
    const b = readerCopy('004_a0c75151540dfa53', 'copy-b');
    const imported: ImportedCorpus = {
      files: [a, b].map(({ documentText: _, ...file }) => file),
      documents: { 'copy-a.txt': a.documentText, 'copy-b.txt': b.documentText },
    };
    const { section, saved, changed } = render(imported);
    const remove = section.querySelector<HTMLButtonElement>('li.yours[data-source="copy-a"] button')!;
    expect(remove.getAttribute('aria-label')).toBe(`Remove “${a.source.title}”`);
    remove.click();
    await vi.waitFor(() => expect(changed).toHaveBeenCalledWith(`Removed “${a.source.title}”.`));
    expect(saved[0]!.files.map((f) => f.source.id)).toEqual(['copy-b']);
    expect(Object.keys(saved[0]!.documents)).toEqual(['copy-b.txt']);
  });
});
