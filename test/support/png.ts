// Reads a PNG file's size and pixels with pngjs, for the icon checks.
import { PNG } from 'pngjs';

export interface Pixels {
  width: number;
  height: number;
  /** RGBA bytes, row by row. */
  rgba: Buffer;
  /** Whether the file itself carries an alpha channel (colour type 4 or 6). */
  hasAlpha: boolean;
}

export function readPng(bytes: Buffer): Pixels {
  const png = PNG.sync.read(bytes);
  return { width: png.width, height: png.height, rgba: png.data, hasAlpha: (png.colorType & 4) !== 0 };
}
