/**
 * The shape of the house, checked by `npm run lint` (and so by `npm test`):
 * data travels one way, words → engine → corpus → comparison → page, background
 * and ui → entry points, and each layer imports only the layers before it.
 * CONTRIBUTING.md says what each layer holds.
 */

/** Bands of folders under src/, lowest first; a folder may import its own band's folder and lower bands, never a sibling. */
const LAYERS = [
  ['words'],
  ['engine'],
  ['corpus'],
  ['compare'],
  ['settings', 'search'],
  ['names', 'messaging'],
  ['page', 'background'],
  ['ui'],
  ['popup', 'options'],
  ['cli'],
];

const all = LAYERS.flat();

const layerRules = LAYERS.flatMap((band, i) =>
  band.map((folder) => {
    const notBelow = all.filter((other) => other !== folder && !LAYERS.slice(0, i).flat().includes(other));
    return {
      name: `layer-${folder}`,
      comment: `src/${folder}/ imports only ${LAYERS.slice(0, i).flat().join(', ') || 'nothing else of src/'} (and itself)`,
      severity: 'error',
      from: { path: `^src/${folder}/` },
      to: { path: `^(src/(${notBelow.join('|')})/|entrypoints/)` },
    };
  }),
);

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'no-circular',
      comment: 'no module imports itself through others',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'engine-is-pure',
      comment: 'the engine runs in pages, the popup, Node and tests alike: no package, no Node module, no browser API',
      severity: 'error',
      from: { path: '^src/engine/' },
      to: { pathNot: '^src/' },
    },
    {
      name: 'entrypoints-are-wiring',
      comment: 'nothing imports an entry point; WXT builds each file under entrypoints/',
      severity: 'error',
      from: { pathNot: '^entrypoints/' },
      to: { path: '^entrypoints/' },
    },
    {
      name: 'src-without-tests',
      comment: 'the extension and the checker never import tests or benchmarks; only the demo drives a browser with the test harness',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/cli/demo\\.ts$' },
      to: { path: '^(tests|benchmarks)/' },
    },
    {
      name: 'demo-uses-the-harness-only',
      comment: 'the demo takes the browser harness, nothing else of the tests',
      severity: 'error',
      from: { path: '^src/cli/demo\\.ts$' },
      to: { path: '^(tests|benchmarks)/', pathNot: '^tests/harness/' },
    },
    {
      name: 'harness-serves-tests',
      comment: 'the harness (tests/harness/) is shared by tests, benchmarks and the demo; it imports no test file and no benchmark',
      severity: 'error',
      from: { path: '^tests/harness/' },
      to: { path: '^(tests/(?!harness/)|benchmarks/)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|\\.output|\\.wxt)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
