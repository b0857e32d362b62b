import { defineConfig } from 'vitest/config';

// Two projects: pure code and data-build checks run in plain Node; DuckDB tests run the real
// DuckDB-WASM engine through its Node "blocking" build, kept apart so that no browser
// condition resolves the browser bundle. Instantiating the engine takes about a second alone and
// many seconds on a loaded machine: the DuckDB project's hooks (each file opens its engine in a
// `beforeAll` and closes it in an `afterAll`) get a generous bound too, so that a busy
// machine slows the suite down instead of skipping every test of a file whose `beforeAll` ran past
// vitest's default 10 s. Closing the engines at the end of a run gets its own bound (a run-wide
// option, `teardownTimeout`, that vitest does not take per project). The unit project's tests
// that read the real boundaries (contiguity of the 682 municipios, the CLI on the app's files)
// take about a second alone and passed vitest's default 5 s only on a quiet machine: its bound is
// 60 s too. Speed is the bench's business; a test's bound only stops a hang.
export default defineConfig({
  test: {
    teardownTimeout: 60_000,
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/duckdb/**', 'tests/e2e/**'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'duckdb',
          environment: 'node',
          include: ['tests/duckdb/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
