import { describe, expect, it } from 'vitest';
import { precacheKeys, swRoute } from '../../src/lib/offline/sw-route.ts';

const SCOPE = 'http://127.0.0.1:4173/focal/';
const keys = precacheKeys(
  [
    { url: 'index.html', integrity: 'sha256-a', bytes: 1 },
    { url: 'assets/duckdb-eh-9ubY.wasm', integrity: 'sha256-b', bytes: 1 },
    { url: 'data/indicators.csv', integrity: 'sha256-c', bytes: 1 },
  ],
  SCOPE,
);
const get = (url: string, mode = 'cors') => swRoute({ url, method: 'GET', mode }, SCOPE, keys);

describe('swRoute', () => {
  it('serves precached files from the cache, whatever their query', () => {
    expect(get(`${SCOPE}assets/duckdb-eh-9ubY.wasm`)).toEqual({ kind: 'cache', key: `${SCOPE}assets/duckdb-eh-9ubY.wasm` });
    expect(get(`${SCOPE}data/indicators.csv?x=1#y`)).toEqual({ kind: 'cache', key: `${SCOPE}data/indicators.csv` });
  });

  it('sends page loads inside the scope to the navigation strategy', () => {
    expect(get(SCOPE, 'navigate')).toEqual({ kind: 'navigate' });
    expect(get(`${SCOPE}?lang=es#view=index`, 'navigate')).toEqual({ kind: 'navigate' });
  });

  it('leaves other requests to the network', () => {
    expect(get(`${SCOPE}data/unknown.csv`)).toEqual({ kind: 'network' });
    expect(get('http://127.0.0.1:4173/other/index.html', 'navigate')).toEqual({ kind: 'network' });
    expect(get('https://example.org/focal/data/indicators.csv')).toEqual({ kind: 'network' });
    expect(swRoute({ url: `${SCOPE}data/indicators.csv`, method: 'POST', mode: 'cors' }, SCOPE, keys)).toEqual({ kind: 'network' });
  });
});
