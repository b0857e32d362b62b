/**
 * firstInvalidUtf8 against the platform's own validator (a fatal TextDecoder) on seeded random
 * byte strings drawn from the boundary bytes of the UTF-8 rules, and on hand-built cases.
 */
import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8 } from '../../../src/lib/data/import/sniff-encoding.ts';
import { ImportError } from '../../../src/lib/data/import/import-error.ts';

const valid = (b: Uint8Array): boolean => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
};

describe('firstInvalidUtf8', () => {
  it('finds the first byte that starts no well-formed character', () => {
    expect(firstInvalidUtf8(new TextEncoder().encode('Cobán, Petén — 𝔾'))).toBe(-1);
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xc3, 0xa1, 0xe9, 0x6e]))).toBe(3); // á then Latin-1 é
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xe2, 0x80]))).toBe(1); // cut short at the end
    expect(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0); // a UTF-16 surrogate
    expect(firstInvalidUtf8(Uint8Array.from([0xc0, 0xaf]))).toBe(0); // over-long
  });

  it('agrees with a fatal TextDecoder on 20,000 random byte strings', () => {
    const pool = [0x41, 0x0a, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xff];
    let seed = 7;
    const next = (k: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return Math.floor((seed / 2 ** 32) * k);
    };
    for (let k = 0; k < 20_000; k++) {
      const b = Uint8Array.from({ length: 1 + next(6) }, () => pool[next(pool.length)]);
      const at = firstInvalidUtf8(b);
      expect([Array.from(b), at === -1]).toEqual([Array.from(b), valid(b)]);
      if (at >= 0) {
        expect(valid(b.subarray(0, at))).toBe(true);
        expect(valid(b.subarray(at, at + 4)) && b.length - at <= 4).toBe(false);
      }
    }
  });
});

describe('decodeText', () => {
  const utf8 = (s: string): number[] => Array.from(new TextEncoder().encode(s));
  it('reads UTF-8 with and without a byte-order mark (a second mark kept out as TextDecoder does)', () => {
    expect(decodeText(Uint8Array.from(utf8('Cobán')), 'a')).toEqual({ text: 'Cobán', encoding: 'utf-8', bom: false });
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Cobán')]), 'a')).toEqual({ text: 'Cobán', encoding: 'utf-8', bom: true });
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x61]), 'a')).toEqual({ text: 'a', encoding: 'utf-8', bom: true });
    expect(decodeText(new Uint8Array(0), 'a')).toEqual({ text: '', encoding: 'utf-8', bom: false });
  });

  it('reads UTF-16 by its mark and Windows-1252 when the bytes are not UTF-8', () => {
    expect(decodeText(Uint8Array.from([0xff, 0xfe, 0x61, 0x00, 0xe1, 0x00]), 'a')).toEqual({ text: 'aá', encoding: 'utf-16le', bom: true });
    expect(decodeText(Uint8Array.from([0xfe, 0xff, 0x00, 0x61, 0x00, 0xe1]), 'a')).toEqual({ text: 'aá', encoding: 'utf-16be', bom: true });
    expect(decodeText(Uint8Array.from([0x43, 0x6f, 0x62, 0xe1, 0x6e]), 'a')).toEqual({ text: 'Cobán', encoding: 'windows-1252', bom: false });
  });

  it('refuses UTF-8 mixed with Latin-1, naming the line', () => {
    for (const head of [[], [0xef, 0xbb, 0xbf]]) {
      const err = (() => {
        try {
          decodeText(Uint8Array.from([...head, ...utf8('Cobán\nx\n'), 0xe9]), 'm.csv');
        } catch (e) {
          return e;
        }
      })();
      expect(err).toBeInstanceOf(ImportError);
      expect((err as ImportError).code).toBe('mixed-encoding');
      expect((err as ImportError).params).toEqual({ file: 'm.csv', line: 3 });
    }
  });
});
