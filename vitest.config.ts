import { defineConfig } from 'vitest/config';

// Two projects: pure code and data-build checks run in plain Node; DuckDB tests run the real
// DuckDB-WASM engine through its Node "blocking" build, kept apart so that no browser
// condition resolves the browser bundle.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/duckdb/**', 'tests/e2e/**'],
        },
      },
      {
        test: {
          name: 'duckdb',
          environment: 'node',
          include: ['tests/duckdb/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
    ],
  },
});
