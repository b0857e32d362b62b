import { describe, expect, it } from 'vitest';
import { cacheName, isOwnCache } from '../../src/lib/offline/precache-manifest.ts';

describe('cache names follow the service worker scope', () => {
  const root = 'https://example.org/';
  const app = 'https://example.org/focal/';

  it('two deployments on one origin get two caches', () => {
    expect(cacheName('0123456789ab', root)).toBe('focal-/0123456789ab');
    expect(cacheName('0123456789ab', app)).toBe('focal-/focal/0123456789ab');
  });

  it('each deployment owns (and may delete) only its own caches and the origin-wide ones of earlier versions', () => {
    expect(isOwnCache('focal-/focal/aaaaaaaaaaaa', app)).toBe(true);
    expect(isOwnCache('focal-/aaaaaaaaaaaa', app)).toBe(false);
    expect(isOwnCache('focal-/focal/aaaaaaaaaaaa', root)).toBe(false);
    expect(isOwnCache('focal-/aaaaaaaaaaaa', root)).toBe(true);
    expect(isOwnCache('focal-aaaaaaaaaaaa', root)).toBe(true);
    expect(isOwnCache('someone-else', root)).toBe(false);
  });
});
