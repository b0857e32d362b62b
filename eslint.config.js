import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';

/**
 * src/lib/analysis is pure: it may import only its own files (./x), never the DOM layers,
 * DuckDB, maplibre, deck.gl or any package.
 */
const pureAnalysis = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const check = (node) => {
      const src = node.source && node.source.value;
      if (typeof src === 'string' && !src.startsWith('./')) {
        context.report({ node, message: `src/lib/analysis must not import '${src}' (only ./ files inside analysis).` });
      }
    };
    return { ImportDeclaration: check, ExportAllDeclaration: check, ExportNamedDeclaration: check, ImportExpression: check };
  },
};

/**
 * src/lib/geo works on geometry alone: its own files, packages, and types (only) from analysis.
 */
const geoLayer = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const check = (node) => {
      const src = node.source && node.source.value;
      if (typeof src !== 'string' || src.startsWith('./') || !src.startsWith('.')) return;
      const typeOnly = node.importKind === 'type' || node.exportKind === 'type';
      if (src.startsWith('../analysis/') && typeOnly) return;
      context.report({ node, message: `src/lib/geo must not import '${src}' (its own ./ files, packages, and analysis types only).` });
    };
    return { ImportDeclaration: check, ExportAllDeclaration: check, ExportNamedDeclaration: check, ImportExpression: check };
  },
};

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
    files: ['src/lib/analysis/**/*.ts'],
    plugins: { focal: { rules: { 'pure-analysis': pureAnalysis } } },
    rules: { 'focal/pure-analysis': 'error' },
  },
  {
    files: ['src/lib/geo/**/*.ts'],
    plugins: { focalgeo: { rules: { 'geo-layer': geoLayer } } },
    rules: { 'focalgeo/geo-layer': 'error' },
  },
];
