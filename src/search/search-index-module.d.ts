/** The corpus search index, built at build time by search-index-plugin.ts. */
declare module 'virtual:corpus-search-index' {
  const index: import('./search-records').SearchIndexData;
  export default index;
}
