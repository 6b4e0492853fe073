/** The corpus's documents, bundled verbatim and loaded only when a source page asks for one. */
const documents = import.meta.glob<string>('../../assets/corpus/documents/*.txt', { query: '?raw', import: 'default' });

/** The text of a bundled document by its file name, e.g. `001_6103265ed68543fd.txt`. */
export async function loadDocument(fileName: string): Promise<string> {
  const load = documents[`../../assets/corpus/documents/${fileName}`];
  if (!load) throw new Error(`The document ${fileName} is not bundled with the extension.`);
  return load();
}
