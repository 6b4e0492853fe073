import { bundledWith } from '../../src/corpus/bundled-corpus';
import { saveImported } from '../../src/corpus/imported-storage';
import { NOTHING_IMPORTED, readImported } from '../../src/corpus/imported-store';
import { corpusSearch } from '../../src/search/corpus-search';
import { renderCorpusBrowser } from '../../src/ui/corpus-browser';
import { importSection } from '../../src/ui/corpus-import';
import { measureLabel } from '../../src/ui/words';

const root = document.getElementById('page')!;

/** Shows the corpus as it stands (bundled and imported), saying `said` about the last change. */
async function show(said?: string): Promise<void> {
  // Storage that cannot be read leaves the bundled corpus, which is always there.
  const imported = await readImported().catch(() => NOTHING_IMPORTED);
  const corpus = bundledWith(imported);
  renderCorpusBrowser(root, {
    corpus,
    params: new URLSearchParams(location.search),
    search: corpusSearch(corpus, measureLabel),
    setQuery: (query) => history.replaceState(null, '', `${location.pathname}${query}`),
    importedIds: new Set(imported.files.map((f) => f.source.id)),
    importSection: importSection(document, { corpus, imported, save: saveImported, changed: (next) => void show(next), said }),
  });
}

void show();
