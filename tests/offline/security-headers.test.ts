import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, META_CSP_DIRECTIVES, SECURITY_HEADERS } from '../../scripts/security-headers.ts';
import config from '../../vite.config.ts';

describe('security headers', () => {
  it('npm start (vite preview) sends them', () => {
    const preview = (config as { preview?: { headers?: Record<string, string> } }).preview;
    expect(preview?.headers).toEqual(SECURITY_HEADERS);
  });

  it('forbid framing, sniffing and referrers, and allow only what the app uses', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-eval'|\*|https?:/);
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
    expect(SECURITY_HEADERS['Referrer-Policy']).toBe('no-referrer');
  });

  it('are the ones the README tells a static host to send', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(readme).toContain(`\n${name}: ${value}\n`);
  });

  it('index.html carries the same policy in its <meta> tag, less the header-only directives', () => {
    const html = readFileSync('index.html', 'utf8');
    expect(html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1]).toBe(META_CSP_DIRECTIVES.join('; '));
    expect(META_CSP_DIRECTIVES.join(';')).not.toContain('frame-ancestors');
  });
});
