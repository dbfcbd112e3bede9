// Draws the product icons (a rounded square with a "K") as PNG files; run again after changing the drawing.
// Usage: node scripts/make-icons.mjs [rootDir]   (rootDir defaults to the repository; tests pass a temp dir)
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const BRAND = [15, 108, 189]; // Fluent's brand blue (#0F6CBD), also the Teams accent colour.
const WHITE = [255, 255, 255];
const SAMPLES = 4; // 4×4 samples per pixel give smooth edges at every size.

/** The letter K in unit coordinates: a stem and two arms, each a convex polygon. */
const LETTER_K = [
  [
    [0.31, 0.24],
    [0.43, 0.24],
    [0.43, 0.76],
    [0.31, 0.76],
  ],
  [
    [0.43, 0.5],
    [0.58, 0.24],
    [0.72, 0.24],
    [0.43, 0.66],
  ],
  [
    [0.5, 0.48],
    [0.57, 0.4],
    [0.73, 0.76],
    [0.59, 0.76],
  ],
];

function insideConvex(polygon, x, y) {
  let sign = 0;
  for (let i = 0; i < polygon.length; i++) {
    const [ax, ay] = polygon[i];
    const [bx, by] = polygon[(i + 1) % polygon.length];
    const cross = (bx - ax) * (y - ay) - (by - ay) * (x - ax);
    if (cross !== 0) {
      if (sign === 0) sign = Math.sign(cross);
      else if (Math.sign(cross) !== sign) return false;
    }
  }
  return true;
}

function insideRoundedSquare(x, y, inset, radius) {
  const lo = inset + radius;
  const hi = 1 - inset - radius;
  const dx = Math.max(lo - x, 0, x - hi);
  const dy = Math.max(lo - y, 0, y - hi);
  return x >= inset && x <= 1 - inset && y >= inset && y <= 1 - inset && dx * dx + dy * dy <= radius * radius;
}

const inLetter = (x, y) => LETTER_K.some((polygon) => insideConvex(polygon, x, y));

/** Full colour: a brand-blue rounded square with a white K. */
function colorShape(x, y) {
  if (!insideRoundedSquare(x, y, 0, 0.2)) return undefined;
  return inLetter(x, y) ? WHITE : BRAND;
}

/** Outline (Teams): white rounded-square border and white K on transparent. */
function outlineShape(x, y) {
  const border = insideRoundedSquare(x, y, 0.03, 0.18) && !insideRoundedSquare(x, y, 0.1, 0.11);
  return border || inLetter(x, y) ? WHITE : undefined;
}

/** Renders a shape into RGBA pixels by averaging colour and coverage over the samples of each pixel. */
function render(size, shape) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0];
      let hits = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const color = shape((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          if (!color) continue;
          hits++;
          color.forEach((c, i) => (sum[i] += c));
        }
      }
      const at = (py * size + px) * 4;
      if (hits > 0) sum.forEach((c, i) => (pixels[at + i] = Math.round(c / hits)));
      pixels[at + 3] = Math.round((255 * hits) / (SAMPLES * SAMPLES));
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** Encodes RGBA pixels as a PNG: 8-bit truecolour with alpha, no filtering, one IDAT chunk. */
function png(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Every icon the project ships: Word ribbon and add-in icons, the Teams app icons, the Teams tab favicon. */
export const ICONS = [
  ...[16, 32, 64, 80, 128].map((size) => ({ file: `addin/public/assets/icon-${size}.png`, size, shape: colorShape })),
  { file: 'teams-app/public/icon-32.png', size: 32, shape: colorShape },
  { file: 'manifest/teams/color.png', size: 192, shape: colorShape },
  { file: 'manifest/teams/outline.png', size: 32, shape: outlineShape },
];

const root = process.argv[2] ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
for (const { file, size, shape } of ICONS) {
  const target = path.join(root, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, png(size, render(size, shape)));
}
console.log(`Wrote ${ICONS.length} icons under ${root}`);
