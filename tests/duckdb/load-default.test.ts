import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fetchDefaultFiles } from '../../src/lib/data/load-default.ts';
import { FIXTURE_DIR } from './fixtures.ts';

const manifest = JSON.stringify({ build_version: 'test', sources: {}, outputs: {} });

/** A fetch over the fixture directory that records the URLs asked for. */
function fixtureFetch(overrides: Record<string, Response | Error> = {}) {
  const urls: string[] = [];
  const impl: typeof fetch = async (input) => {
    const url = String(input);
    urls.push(url);
    const name = url.slice(url.lastIndexOf('/') + 1);
    const o = overrides[name];
    if (o instanceof Error) throw o;
    if (o) return o;
    if (name === 'manifest.json') return new Response(manifest);
    return new Response(readFileSync(FIXTURE_DIR + name));
  };
  return { impl, urls };
}

describe('fetchDefaultFiles', () => {
  it('fetches the five files relative to the base URL and parses the JSON ones', async () => {
    const { impl, urls } = fixtureFetch();
    const files = await fetchDefaultFiles('./data', impl);
    expect(urls.sort()).toEqual([
      './data/catalog.json',
      './data/indicators.csv',
      './data/investments.csv',
      './data/manifest.json',
      './data/units.csv',
    ]);
    expect(files.units).toContain('San José Pinula');
    expect(files.catalog.map((c) => c.id)).toEqual(['ind_b', 'ind_a', 'ind_c', 'ind_d', 'ind_e']);
    expect(files.manifest.build_version).toBe('test');
  });

  it('names the file on an HTTP error', async () => {
    const { impl } = fixtureFetch({ 'indicators.csv': new Response('', { status: 404, statusText: 'Not Found' }) });
    await expect(fetchDefaultFiles('./data/', impl)).rejects.toThrow(
      'Could not load indicators.csv from ./data/indicators.csv: HTTP 404 Not Found',
    );
  });

  it('names the file on a network error', async () => {
    const { impl } = fixtureFetch({ 'units.csv': new TypeError('Failed to fetch') });
    await expect(fetchDefaultFiles('./data/', impl)).rejects.toThrow(/Could not load units\.csv .*Failed to fetch/);
  });

  it('names the file when its JSON does not parse or has the wrong shape', async () => {
    await expect(fetchDefaultFiles('./data/', fixtureFetch({ 'catalog.json': new Response('{oops') }).impl)).rejects.toThrow(
      /Could not parse catalog\.json/,
    );
    await expect(fetchDefaultFiles('./data/', fixtureFetch({ 'catalog.json': new Response('{}') }).impl)).rejects.toThrow(
      /catalog\.json: expected an array/,
    );
    await expect(fetchDefaultFiles('./data/', fixtureFetch({ 'manifest.json': new Response('[]') }).impl)).rejects.toThrow(
      /manifest\.json/,
    );
  });
});
