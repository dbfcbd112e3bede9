// The entries of a zip file from its central directory, and one entry's contents streamed out with a cap on its size.
import zlib from 'node:zlib';

import { DomainError, PayloadTooLargeError, UnsupportedMediaTypeError } from '@koberollen/shared/errors';

/** Why a workbook is refused when one of its parts, or all together, unpack to more than the limits. */
export const TOO_LARGE =
  'Regnearket fylder for meget, når det pakkes ud. Gem kun de rækker, der skal indlæses, i en ny fil.';
export const DAMAGED = 'XLSX-filen er beskadiget og kan ikke læses. Gem den igen fra Excel.';

export const damaged = (): UnsupportedMediaTypeError => new UnsupportedMediaTypeError(DAMAGED);

/** One entry as the central directory states it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate. */
  method: number;
  compressedBytes: number;
  /** What the directory says the entry unpacks to; it may lie, so reading counts. */
  declaredBytes: number;
  localOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_ENTRY = 0x04034b50;
const STORED = 0;
const DEFLATE = 8;
const ENCRYPTED = 0x1;
/** Stored entries are handed on in pieces of this size, as inflated ones come. */
const PIECE = 64 * 1024;

/** Where the directory is and how many entries it lists, from the end-of-directory record. */
function directoryOf(bytes: Buffer): { offset: number; entries: number } {
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= earliest; at -= 1) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) {
      return { entries: bytes.readUInt16LE(at + 10), offset: bytes.readUInt32LE(at + 16) };
    }
  }
  throw damaged();
}

/**
 * The entries the central directory lists; 413 past `maxEntries` or for ZIP64 (no import needs 4 GB), 415 when the
 * directory is damaged.
 */
export function zipDirectory(bytes: Buffer, maxEntries: number): ZipEntry[] {
  const { offset, entries } = directoryOf(bytes);
  if (entries === 0xffff || offset === 0xffffffff || entries > maxEntries) throw new PayloadTooLargeError(TOO_LARGE);
  const list: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < entries; i += 1) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) throw damaged();
    const nameLength = bytes.readUInt16LE(at + 28);
    if ((bytes.readUInt16LE(at + 8) & ENCRYPTED) !== 0) throw damaged();
    list.push({
      name: bytes.toString('utf8', at + 46, Math.min(bytes.length, at + 46 + nameLength)),
      method: bytes.readUInt16LE(at + 10),
      compressedBytes: bytes.readUInt32LE(at + 20),
      declaredBytes: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return list;
}

/** The entry's packed bytes, after its local header. */
function packedData(bytes: Buffer, entry: ZipEntry): Buffer {
  const local = entry.localOffset;
  if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL_ENTRY) throw damaged();
  const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
  return bytes.subarray(start, start + entry.compressedBytes);
}

/**
 * The entry's unpacked contents in pieces as they are inflated; 413 once they pass `limit` bytes (the inflating stops
 * there), 415 when the entry is damaged or packed by a method other than deflate. Leaving the loop early stops the
 * inflating and frees it.
 */
export async function* entryChunks(bytes: Buffer, entry: ZipEntry, limit: number): AsyncGenerator<Buffer> {
  const data = packedData(bytes, entry);
  if (entry.method === STORED) {
    if (data.length > limit) throw new PayloadTooLargeError(TOO_LARGE);
    for (let at = 0; at < data.length; at += PIECE) yield data.subarray(at, at + PIECE);
    return;
  }
  if (entry.method !== DEFLATE) throw damaged();
  const inflate = zlib.createInflateRaw({ chunkSize: PIECE });
  inflate.end(data);
  let size = 0;
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limit) throw new PayloadTooLargeError(TOO_LARGE);
      yield chunk;
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw damaged();
  } finally {
    inflate.destroy();
  }
}
