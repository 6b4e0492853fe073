import { bundledCorpus } from '../../src/corpus/bundled-corpus';
import { searchCorpus } from '../../src/search/corpus-search';
import { renderCorpusBrowser } from '../../src/ui/corpus-browser';

renderCorpusBrowser(document.getElementById('page')!, {
  corpus: bundledCorpus,
  params: new URLSearchParams(location.search),
  search: searchCorpus,
  setQuery: (query) => history.replaceState(null, '', `${location.pathname}${query}`),
});
