/**
 * The uncompressed size a zip archive declares for its entries, read from its central directory
 * (and the Zip64 records when sizes or offsets pass 4 GB), without inflating anything: a 1 GB zip
 * bomb is refused at once from these numbers instead of after seconds of unpacking. Null when the
 * directory cannot be read (the unzipper then says why the archive is damaged).
 */

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const MAX32 = 0xffffffff;

export function zipUnpackedSize(b: Uint8Array): number | null {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const u32 = (at: number) => (at + 4 <= b.length ? view.getUint32(at, true) : -1);
  const u16 = (at: number) => (at + 2 <= b.length ? view.getUint16(at, true) : -1);
  const u64 = (at: number) => (at + 8 <= b.length ? Number(view.getBigUint64(at, true)) : -1);
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) {
    if (u32(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  let count = u16(eocd + 10);
  let offset = u32(eocd + 16);
  if ((count === 0xffff || offset === MAX32) && u32(eocd - 20) === ZIP64_LOCATOR) {
    const z = u64(eocd - 20 + 8);
    if (z < 0 || u32(z) !== ZIP64_EOCD) return null;
    count = u64(z + 32);
    offset = u64(z + 48);
  }
  let total = 0;
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (u32(at) !== CENTRAL) return null;
    let size = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    if (size === MAX32) size = zip64Size(at + 46 + nameLength, extraLength, u16, u64);
    if (size < 0) return null;
    total += size;
    at += 46 + nameLength + extraLength + commentLength;
  }
  return total;
}

/** The uncompressed size in an entry's Zip64 extra field (header 0x0001: its first 8 bytes). */
function zip64Size(start: number, length: number, u16: (at: number) => number, u64: (at: number) => number): number {
  for (let at = start; at + 4 <= start + length; ) {
    const id = u16(at);
    const size = u16(at + 2);
    if (id === 1) return u64(at + 4);
    at += 4 + size;
  }
  return -1;
}
