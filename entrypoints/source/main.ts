import { bundledWith } from '../../src/corpus/bundled-corpus';
import { loadDocument } from '../../src/corpus/bundled-documents';
import { NOTHING_IMPORTED, readImported } from '../../src/corpus/imported-store';
import { renderSourcePage } from '../../src/ui/source-page';

// The bundled corpus and the sources the reader imported, with their documents.
void readImported()
  .catch(() => NOTHING_IMPORTED)
  .then((imported) => {
    const corpus = bundledWith(imported);
    const documentOf = (fileName: string) => {
      const text = imported.documents[fileName];
      return text !== undefined ? Promise.resolve(text) : loadDocument(fileName);
    };
    return renderSourcePage(document.getElementById('page')!, new URLSearchParams(location.search), corpus, documentOf);
  });
