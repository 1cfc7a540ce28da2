import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/ (docs/architecture.md) and what each may import. Imports flow one way: data
 * at the bottom, then the shared kits, then the features, then the app. A feature imports no other
 * feature (what two share moves down to charts/ or ui/); nothing imports the app (src/main.tsx,
 * the entry, stands outside the layers and starts it).
 */
export const LAYERS = [
  { type: 'data', pattern: 'src/data' },
  { type: 'i18n', pattern: 'src/i18n' },
  { type: 'state', pattern: 'src/state' },
  { type: 'ui', pattern: 'src/ui' },
  { type: 'charts', pattern: 'src/charts' },
  { type: 'map', pattern: 'src/map' },
  { type: 'feature', pattern: 'src/features/*', capture: ['feature'] },
  { type: 'app', pattern: 'src/app' },
];

const may = (from, to) => ({ from: { element: { type: from } }, allow: { to: { element: { types: { anyOf: to } } } } });

export const LAYER_POLICIES = [
  may('data', ['data']),
  may('i18n', ['data', 'i18n']),
  may('state', ['state']),
  may('ui', ['data', 'i18n', 'state', 'ui']),
  may('charts', ['data', 'i18n', 'state', 'ui', 'charts']),
  may('map', ['data', 'i18n', 'state', 'ui', 'map']),
  may('feature', ['data', 'i18n', 'state', 'ui', 'charts', 'map']),
  may('app', ['data', 'i18n', 'state', 'ui', 'charts', 'map', 'feature', 'app']),
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
