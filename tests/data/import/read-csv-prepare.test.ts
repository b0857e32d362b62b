/**
 * prepareCsv (the CSV's first step, run in the import worker): hand-built byte strings, expected
 * values counted by hand. The point is that a UTF-8 file's own bytes go on to DuckDB untouched,
 * and that sniffing the delimiter from the head of the bytes answers as sniffing the whole text.
 */
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/lib/data/import/import-error.ts';
import { prepareCsv, prepareCsvDecoded } from '../../../src/lib/data/import/read-csv-prepare.ts';
import { headLines, sniffDelimiter, sniffDelimiterBytes } from '../../../src/lib/data/import/sniff-delimiter.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const text = (b: Uint8Array): string => new TextDecoder().decode(b);

describe('prepareCsv', () => {
  it('passes a UTF-8 file on as a view of its own bytes, blank lines cut off and counted', () => {
    const bytes = utf8(' \t\r\n\ncódigo;valor\n0101;1,5\n');
    const csv = prepareCsv(bytes, 'a.csv');
    expect(csv.bytes.buffer).toBe(bytes.buffer);
    expect(csv.bytes.byteOffset).toBe(5);
    expect(text(csv.bytes)).toBe('código;valor\n0101;1,5\n');
    expect(csv).toMatchObject({ encoding: 'utf-8', bom: false, delimiter: ';', width: 2, skipped: 2 });
  });

  it('drops a UTF-8 byte-order mark (and a second one right after it)', () => {
    const csv = prepareCsv(Uint8Array.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, ...utf8('a,b,c\n1,2,3\n')]), 'b.csv');
    expect(text(csv.bytes)).toBe('a,b,c\n1,2,3\n');
    expect(csv.bytes[0]).toBe(0x61);
    expect(csv).toMatchObject({ encoding: 'utf-8', bom: true, delimiter: ',', width: 3, skipped: 0 });
  });

  it('hands on the text of the bytes it passes on when the file is UTF-8 (decoded once), and no text otherwise', () => {
    const cases = [
      utf8(' \t\r\n\ncódigo;valor\n0101;1,5\n'),
      Uint8Array.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, ...utf8('a,b,c\n1,2,3\n')]),
      Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('\n\nPetén,\uFEFFx\n')]),
      utf8('a\n𝔾\n'),
    ];
    for (const bytes of cases) {
      const { csv, text: decoded } = prepareCsvDecoded(bytes, 'a.csv');
      expect(csv).toEqual(prepareCsv(bytes, 'a.csv'));
      expect(decoded).toBe(new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv.bytes));
    }
    expect(prepareCsvDecoded(Uint8Array.from([0x6e, 0x0a, 0x50, 0x65, 0x74, 0xe9, 0x6e, 0x0a]), 'c.csv').text).toBeNull();
    expect(prepareCsvDecoded(Uint8Array.from([0xff, 0xfe, 0x61, 0x00, 0x0a, 0x00]), 'd.csv').text).toBeNull();
    const mixed = (() => {
      try {
        prepareCsvDecoded(Uint8Array.from([...utf8('á\n'), 0xe9]), 'e.csv');
      } catch (e) {
        return e;
      }
    })();
    expect((mixed as ImportError).code).toBe('mixed-encoding');
  });

  it('re-encodes Windows-1252 as UTF-8', () => {
    const csv = prepareCsv(Uint8Array.from([0x6e, 0x0a, 0x50, 0x65, 0x74, 0xe9, 0x6e, 0x0a]), 'c.csv');
    expect(Array.from(csv.bytes)).toEqual([0x6e, 0x0a, 0x50, 0x65, 0x74, 0xc3, 0xa9, 0x6e, 0x0a]);
    expect(csv.encoding).toBe('windows-1252');
  });

  it('refuses blank files, non-ASCII white space included', () => {
    for (const bytes of [utf8('\n \n\t\n'), utf8('\n\u00a0 \u3000\n')]) {
      expect(() => prepareCsv(bytes, 'e.csv')).toThrow(ImportError);
      try {
        prepareCsv(bytes, 'e.csv');
      } catch (err) {
        expect((err as ImportError).code).toBe('empty-file');
      }
    }
    expect(prepareCsv(utf8('\n\u00a0x\n'), 'f.csv').width).toBe(1);
  });

  it('counts the header fields outside quotes', () => {
    expect(prepareCsv(utf8('"a,b",c,"d"\n1,2,3\n'), 'q.csv')).toMatchObject({ delimiter: ',', width: 3 });
  });
});

describe('sniffDelimiterBytes', () => {
  it('answers as sniffDelimiter on the whole text', () => {
    const cases = ['a;b;c\n1;2;3\n', 'a,b;c\n1,2;3\n', 'a\tb\n1\t2', 'solo\nuno\n', 'solo\nuno;dos\n', 'solo\n1,2;3\t4|5\n', ''];
    for (const c of cases) expect(sniffDelimiterBytes(utf8(c)).delimiter).toBe(sniffDelimiter(c));
  });

  it('reads past the first 64 KB when the header and the second line are longer', () => {
    // A quoted newline 70,000 characters into the header: the header line ends after it.
    const long = 'x'.repeat(70_000);
    const csv = `"${long}\n${long}";b;c\n1;2;3\nn,n,n,n,n,n\n`;
    expect(headLines(utf8(csv), 2)).toEqual([`"${long}\n${long}";b;c`, '1;2;3']);
    expect(sniffDelimiterBytes(utf8(csv))).toEqual({ delimiter: ';', header: `"${long}\n${long}";b;c` });
    // One column, lines longer than the prefix; a tab occurs only on the second line: the next candidate, `;`.
    const one = `${'y'.repeat(100_000)}\n${'\t'.repeat(1)}${'z'.repeat(100_000)}\n`;
    expect(sniffDelimiterBytes(utf8(one)).delimiter).toBe(sniffDelimiter(one));
    expect(sniffDelimiter(one)).toBe(';');
  });
});
