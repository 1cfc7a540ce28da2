import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/ (docs/architecture.md) and what each may import. Imports flow one way: lib and
 * data at the bottom, then the shared kits, then the features, then the app. A feature imports no
 * other feature (what two share moves down to charts/ or ui/); nothing imports the app (src/main.tsx,
 * the entry, stands outside the layers and starts it).
 *
 * src/data has four rooms, by job: the format (the files' schemas, vocabulary, checks, migrations),
 * the domain rules read from them (towns, figures, the one choice, rankings, the index), the
 * maintainers' exchange (reading spreadsheets, CSV and ZIP, writing them, the Data page's checks)
 * and the loading (fetching, the data worker, the provider). The domain imports only the format;
 * the exchange, the format and domain; the loading all three, since the data worker runs the Data
 * page's checks. Code that runs inside the data worker (loading/worker) is its own element: the
 * page's loading reaches it only through `new URL(...)` (worker-start), never by an import, so none
 * of the worker's reading lands in the page's bundle by accident.
 */
export const LAYERS = [
  { type: 'lib', pattern: 'src/lib' },
  { type: 'data-format', pattern: 'src/data/format' },
  { type: 'data-domain', pattern: 'src/data/domain' },
  { type: 'data-exchange', pattern: 'src/data/exchange' },
  { type: 'data-worker', pattern: 'src/data/loading/worker' },
  { type: 'data-loading', pattern: 'src/data/loading' },
  { type: 'i18n', pattern: 'src/i18n' },
  { type: 'state', pattern: 'src/state' },
  { type: 'ui', pattern: 'src/ui' },
  { type: 'charts', pattern: 'src/charts' },
  { type: 'map', pattern: 'src/map' },
  { type: 'feature', pattern: 'src/features/*', capture: ['feature'] },
  { type: 'app', pattern: 'src/app' },
  { type: 'bake', pattern: 'src/bake' },
];

const may = (from, to) => ({ from: { element: { type: from } }, allow: { to: { element: { types: { anyOf: to } } } } });

/** What the layers above src/data may import of it: every room but the worker's own code. */
const DATA = ['lib', 'data-format', 'data-domain', 'data-exchange', 'data-loading'];

export const LAYER_POLICIES = [
  may('lib', ['lib']),
  may('data-format', ['data-format']),
  may('data-domain', ['lib', 'data-format', 'data-domain']),
  may('data-exchange', ['lib', 'data-format', 'data-domain', 'data-exchange']),
  may('data-loading', ['lib', 'data-format', 'data-domain', 'data-exchange', 'data-loading']),
  may('data-worker', ['lib', 'data-format', 'data-domain', 'data-exchange', 'data-loading', 'data-worker']),
  may('i18n', [...DATA, 'i18n']),
  may('state', ['state']),
  may('ui', [...DATA, 'i18n', 'state', 'ui']),
  may('charts', [...DATA, 'i18n', 'state', 'ui', 'charts']),
  may('map', [...DATA, 'i18n', 'state', 'ui', 'map']),
  may('feature', [...DATA, 'i18n', 'state', 'ui', 'charts', 'map']),
  may('app', [...DATA, 'i18n', 'state', 'ui', 'charts', 'map', 'feature', 'app']),
  // The build's baking (scripts/bake-pages.ts) renders the app: it stands above it, as the entry does.
  may('bake', [...DATA, 'i18n', 'state', 'ui', 'charts', 'map', 'feature', 'app', 'bake']),
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'test-results',
      'playwright-report',
      'scratch',
      'bench-data',
      'bench-results',
      '*.tmp.mjs',
      '*.tmp.ts',
    ],
  },
  {
    files: ['**/*.{ts,tsx,js}'],
    extends: [js.configs.recommended, ...tseslint.configs.strict],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      // Data enters through zod; casting it would bypass the checks.
      '@typescript-eslint/consistent-type-assertions': [
        'error',
        { assertionStyle: 'as', objectLiteralTypeAssertions: 'never' },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'echarts', message: "Import from 'echarts/core' through src/charts/echarts.ts." },
            { name: 'echarts-for-react', message: "Use src/charts/echart.tsx ('echarts-for-react/esm/core')." },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': LAYERS,
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', policies: LAYER_POLICIES }],
    },
  },
);
