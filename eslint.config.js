import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'scratch', 'bench-data', 'bench-results'] },
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
);
