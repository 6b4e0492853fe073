import { bundledCorpus } from '../../src/corpus/bundled-corpus';
import { loadDocument } from '../../src/corpus/bundled-documents';
import { renderSourcePage } from '../../src/ui/source-page';

void renderSourcePage(document.getElementById('page')!, new URLSearchParams(location.search), bundledCorpus, loadDocument);
