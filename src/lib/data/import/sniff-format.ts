/**
 * What kind of file a planner dropped, decided by its content first (zip magic bytes and what the
 * archive holds, the first character of a text) and by its extension second. Refusals that need
 * no parsing (empty, too large, HTML, old binary Excel, zip without a .shp) are thrown here as
 * {@link ImportError}s, before any reader runs.
 */
import { ImportError } from './import-error.ts';
import { MAX_IMPORT_BYTES } from './import-limits.ts';
import { isZip, zipEntries, type ZipEntry } from './zip-entries.ts';

export type SniffedFormat =
  | { format: 'xlsx' }
  | { format: 'shapefile'; entries: ZipEntry[] }
  /** GeoJSON or TopoJSON: told apart after parsing. */
  | { format: 'json' }
  | { format: 'csv' };

const MB = 1024 * 1024;

/** The lower-case extension of a file name, without the dot (`''` when none). */
export function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

const JSON_EXTENSIONS = new Set(['json', 'geojson', 'topojson']);

export function sniffFormat(bytes: Uint8Array, fileName: string): SniffedFormat {
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new ImportError('too-large', `${fileName} is ${Math.round(bytes.length / MB)} MB; the largest file accepted is ${MAX_IMPORT_BYTES / MB} MB.`, {
      file: fileName,
      sizeMb: Math.round(bytes.length / MB),
      maxMb: MAX_IMPORT_BYTES / MB,
    });
  }
  const ext = extensionOf(fileName);
  const first = firstCharacter(bytes);
  if (first === null) throw new ImportError('empty-file', `${fileName} is empty.`, { file: fileName });

  if (isZip(bytes)) {
    let entries: ZipEntry[];
    try {
      entries = zipEntries(bytes, fileName);
    } catch (err) {
      if (ext === 'xlsx' && err instanceof ImportError && err.code === 'corrupt-zip') throw new ImportError('corrupt-xlsx', `${fileName} is not a readable Excel workbook (${err.message}).`, { file: fileName });
      throw err;
    }
    const names = entries.map((e) => e.name.toLowerCase());
    if (names.includes('xl/workbook.xml')) return { format: 'xlsx' };
    if (names.some((n) => n.endsWith('.shp'))) return { format: 'shapefile', entries };
    if (names.some((n) => n.endsWith('.kml'))) {
      throw new ImportError('unsupported-format', `${fileName} is a KMZ file (zipped KML, Google Earth); convert it to GeoJSON or a zipped shapefile.`, { file: fileName, found: 'kmz' });
    }
    if (ext === 'xlsx') throw new ImportError('corrupt-xlsx', `${fileName} is a zip archive but not an Excel workbook.`, { file: fileName });
    throw new ImportError('zip-without-shp', `${fileName} holds no .shp file; a shapefile must be zipped with its .shp, .dbf and .prj.`, {
      file: fileName,
      files: entries.slice(0, 5).map((e) => e.name).join(', '),
    });
  }
  if (ext === 'xlsx' || ext === 'xlsm') {
    throw new ImportError('corrupt-xlsx', `${fileName} is not a readable Excel workbook (it is not a zip archive).`, { file: fileName });
  }
  if (isOleCompound(bytes) || ext === 'xls') {
    throw new ImportError('unsupported-format', `${fileName} is an old Excel (.xls) workbook; save it as .xlsx or CSV.`, { file: fileName, found: 'xls' });
  }
  if (ext === 'shp' || ext === 'dbf' || ext === 'shx' || ext === 'prj') {
    throw new ImportError('unsupported-format', `${fileName} is one part of a shapefile; zip the .shp, .dbf, .shx and .prj together and import the .zip.`, {
      file: fileName,
      found: 'shapefile-part',
    });
  }
  if (first === '<') {
    const markup = markupKind(bytes);
    if (markup === 'kml') {
      throw new ImportError('unsupported-format', `${fileName} is a KML file (Google Earth); convert it to GeoJSON or a zipped shapefile.`, { file: fileName, found: 'kml' });
    }
    if (markup === 'xml') {
      throw new ImportError('unsupported-format', `${fileName} is an XML file, not a table or a map layer focal reads.`, { file: fileName, found: 'xml' });
    }
    throw new ImportError('unsupported-format', `${fileName} is a web page (HTML), not a data file.`, { file: fileName, found: 'html' });
  }
  const signature = binarySignature(bytes);
  if (signature) {
    throw new ImportError('unsupported-format', `${fileName} is a ${signature.toUpperCase()} file, not text: it is not a CSV, Excel, GeoJSON, TopoJSON or zipped shapefile.`, {
      file: fileName,
      found: 'binary',
      kind: signature,
    });
  }
  if (looksBinary(bytes)) {
    throw new ImportError('unsupported-format', `${fileName} is not a CSV, Excel, GeoJSON, TopoJSON or zipped shapefile.`, { file: fileName, found: 'binary' });
  }
  if (first === '{' || first === '[' || JSON_EXTENSIONS.has(ext)) return { format: 'json' };
  return { format: 'csv' };
}

/**
 * The first character that is not white space, skipping a byte-order mark (UTF-8 or UTF-16),
 * or null when the file holds only white space. Only ASCII characters are told apart; anything
 * else comes back as `'?'`.
 */
function firstCharacter(b: Uint8Array): string | null {
  let i = 0;
  let step = 1;
  let offset = 0;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) i = 3;
  else if (b[0] === 0xff && b[1] === 0xfe) [i, step] = [2, 2];
  else if (b[0] === 0xfe && b[1] === 0xff) [i, step, offset] = [2, 2, 1];
  for (; i + offset < b.length; i += step) {
    const c = b[i + offset];
    if (step === 2 && b[i + 1 - offset] !== 0) return '?';
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) continue;
    return c < 0x80 ? String.fromCharCode(c) : '?';
  }
  return null;
}

/** An OLE2 compound document (old .xls, .doc). */
function isOleCompound(b: Uint8Array): boolean {
  return b.length >= 8 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;
}

/** KML (Google Earth), other XML (GPX, GML…), or anything else that starts with `<` (HTML). */
function markupKind(b: Uint8Array): 'kml' | 'xml' | 'html' {
  const head = new TextDecoder('latin1').decode(b.subarray(0, 4096)).toLowerCase();
  if (/<kml[\s>]/.test(head) || head.includes('opengis.net/kml')) return 'kml';
  if (/^\s*(\ufeff|ï»¿)?<\?xml/.test(head) && !/<(!doctype html|html)[\s>]/.test(head)) return 'xml';
  return 'html';
}

/** Well-known binary formats by their first bytes: what a planner may rename to .csv by mistake. */
function binarySignature(b: Uint8Array): 'pdf' | 'png' | 'jpeg' | 'gif' | 'gzip' | 'rar' | '7z' | null {
  const starts = (...xs: number[]) => xs.every((x, i) => b[i] === x);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'pdf';
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'png';
  if (starts(0xff, 0xd8, 0xff)) return 'jpeg';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'gif';
  if (starts(0x1f, 0x8b)) return 'gzip';
  if (starts(0x52, 0x61, 0x72, 0x21)) return 'rar';
  if (starts(0x37, 0x7a, 0xbc, 0xaf)) return '7z';
  return null;
}

/**
 * Not text: a NUL byte, or more than 32 control characters (other than tab, CR, LF, form feed)
 * making more than a tenth of the first 8 KB, in a file without a UTF-16 byte-order mark. A CSV
 * may hold a few control characters in its cells (pasted from other systems), and they may be a
 * large share of a tiny file: only many of them, densely, say "binary" (random bytes hold about
 * one in eight).
 */
function looksBinary(b: Uint8Array): boolean {
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) return false;
  const n = Math.min(b.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i];
    if (c === 0) return true;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) control++;
  }
  return control > 32 && control > n / 10;
}
