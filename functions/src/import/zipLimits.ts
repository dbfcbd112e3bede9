// Checks an XLSX file's zip directory and unpacked sizes before anything is parsed, so a zip bomb costs a lookup.
import { PayloadTooLargeError } from '@koberollen/shared/errors';

import { entryChunks, TOO_LARGE, zipDirectory, type ZipEntry } from './zipEntries';

/** What the parts of an import workbook may take once unpacked; a 5,000-row import needs a fraction of this. */
export const ZIP_LIMITS = {
  /** All entries together. */
  totalBytes: 48 * 1024 * 1024,
  /** One entry (a sheet, the shared strings). */
  entryBytes: 32 * 1024 * 1024,
  entries: 1000,
} as const;

/** How many bytes an entry really unpacks to, stopping at `limit` (413): a zip's declared sizes may lie. */
async function unpackedSize(bytes: Buffer, entry: ZipEntry, limit: number): Promise<number> {
  let size = 0;
  for await (const chunk of entryChunks(bytes, entry, limit)) size += chunk.length;
  return size;
}

/**
 * The workbook's entries, once its unpacked size (declared, then counted by unpacking with a cap), each entry's size
 * and its number of entries are within ZIP_LIMITS (413 otherwise, and for ZIP64); 415 when it is damaged.
 */
export async function checkZipSize(bytes: Buffer): Promise<ZipEntry[]> {
  const entries = zipDirectory(bytes, ZIP_LIMITS.entries);
  let total = 0;
  for (const entry of entries) {
    const declared = entry.declaredBytes;
    if (declared === 0xffffffff || declared > ZIP_LIMITS.entryBytes) throw new PayloadTooLargeError(TOO_LARGE);
    if (total + declared > ZIP_LIMITS.totalBytes) throw new PayloadTooLargeError(TOO_LARGE);
    total += await unpackedSize(bytes, entry, Math.min(ZIP_LIMITS.entryBytes, ZIP_LIMITS.totalBytes - total));
  }
  return entries;
}
