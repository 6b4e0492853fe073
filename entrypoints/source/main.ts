import { bundledCorpus } from '../../src/corpus/bundled-corpus';
import { loadDocument } from '../../src/corpus/bundled-documents';
import { withSources } from '../../src/corpus/corpus-index';
import { NOTHING_IMPORTED, readImported } from '../../src/corpus/imported-store';
import { renderSourcePage } from '../../src/ui/source-page';

// The bundled corpus and the sources the reader imported, with their documents.
void readImported()
  .catch(() => NOTHING_IMPORTED)
  .then((imported) => {
    const corpus = imported.files.length > 0 ? withSources(bundledCorpus, imported.files) : bundledCorpus;
    const documentOf = (fileName: string) => {
      const text = imported.documents[fileName];
      return text !== undefined ? Promise.resolve(text) : loadDocument(fileName);
    };
    return renderSourcePage(document.getElementById('page')!, new URLSearchParams(location.search), corpus, documentOf);
  });
