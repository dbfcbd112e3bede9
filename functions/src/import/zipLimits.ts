// Reads an XLSX file's zip directory before anything is inflated, so a zip bomb is refused at the cost of a lookup.
import zlib from 'node:zlib';

import { PayloadTooLargeError, UnsupportedMediaTypeError } from '@koberollen/shared/errors';

/** What the parts of an import workbook may take once unpacked; a 5,000-row import needs a fraction of this. */
export const ZIP_LIMITS = {
  /** All entries together. */
  totalBytes: 48 * 1024 * 1024,
  /** One entry (a sheet, the shared strings). */
  entryBytes: 32 * 1024 * 1024,
  entries: 1000,
} as const;

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_ENTRY = 0x04034b50;
const DEFLATE = 8;
const TOO_LARGE = 'Regnearket fylder for meget, når det pakkes ud. Gem kun de rækker, der skal indlæses, i en ny fil.';
const DAMAGED = 'XLSX-filen er beskadiget og kan ikke læses. Gem den igen fra Excel.';

/** Where the directory is and how many entries it lists, from the end-of-directory record. */
function directoryOf(bytes: Buffer): { offset: number; entries: number } {
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= earliest; at -= 1) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) {
      return { entries: bytes.readUInt16LE(at + 10), offset: bytes.readUInt32LE(at + 16) };
    }
  }
  throw new UnsupportedMediaTypeError(DAMAGED);
}

/**
 * How many bytes an entry really unpacks to, stopping at `limit` (413): a zip's declared sizes may lie. The output is
 * counted as it streams and dropped at once.
 */
async function unpackedSize(bytes: Buffer, local: number, compressed: number, method: number, limit: number) {
  if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL_ENTRY)
    throw new UnsupportedMediaTypeError(DAMAGED);
  const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
  const data = bytes.subarray(start, start + compressed);
  if (method !== DEFLATE) return data.length;
  return new Promise<number>((resolve, reject) => {
    let size = 0;
    const inflate = zlib.createInflateRaw();
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        inflate.destroy();
        reject(new PayloadTooLargeError(TOO_LARGE));
      }
    });
    inflate.on('end', () => resolve(size));
    inflate.on('error', () => reject(new UnsupportedMediaTypeError(DAMAGED)));
    inflate.end(data);
  });
}

/**
 * Throws 413 when the workbook's unpacked size (declared, then counted by unpacking with a cap), one entry's size or
 * its number of entries exceeds ZIP_LIMITS, or when it uses ZIP64 (no import needs 4 GB); 415 when it is damaged.
 */
export async function checkZipSize(bytes: Buffer): Promise<void> {
  const { offset, entries } = directoryOf(bytes);
  if (entries === 0xffff || offset === 0xffffffff || entries > ZIP_LIMITS.entries)
    throw new PayloadTooLargeError(TOO_LARGE);
  let at = offset;
  let total = 0;
  for (let i = 0; i < entries; i += 1) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY)
      throw new UnsupportedMediaTypeError(DAMAGED);
    const declared = bytes.readUInt32LE(at + 24);
    if (declared === 0xffffffff || declared > ZIP_LIMITS.entryBytes) throw new PayloadTooLargeError(TOO_LARGE);
    if (total + declared > ZIP_LIMITS.totalBytes) throw new PayloadTooLargeError(TOO_LARGE);
    const limit = Math.min(ZIP_LIMITS.entryBytes, ZIP_LIMITS.totalBytes - total);
    const method = bytes.readUInt16LE(at + 10);
    total += await unpackedSize(bytes, bytes.readUInt32LE(at + 42), bytes.readUInt32LE(at + 20), method, limit);
    at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
}
