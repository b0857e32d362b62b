import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import { layersPlugin } from './eslint/layers.js';

export default [
  { ignores: ['dist/**', 'node_modules/**', 'public/**', 'data/**', '.ci/**'] },
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // One table-driven rule over every layer: see layerTable in eslint/layers.js.
    files: ['src/**/*.ts', 'src/**/*.svelte'],
    plugins: { focal: layersPlugin },
    rules: { 'focal/layers': 'error' },
  },
];
