// Builds zip files byte by byte, so tests can make hostile workbooks: bombs, and entries whose sizes lie.
import zlib from 'node:zlib';

export interface ZipEntry {
  name: string;
  data: Buffer;
  /** The unpacked size the zip states, when it should lie about it. */
  declaredSize?: number;
}

/** A little-endian zip record: its signature, then each field as [offset, value, bytes]. */
function record(size: number, signature: number, fields: [number, number, 2 | 4][]): Buffer {
  const bytes = Buffer.alloc(size);
  bytes.writeUInt32LE(signature, 0);
  for (const [at, value, width] of fields) {
    if (width === 2) bytes.writeUInt16LE(value, at);
    else bytes.writeUInt32LE(value, at);
  }
  return bytes;
}

/** A zip (deflate, no data descriptors) of the entries, with a central directory stating each entry's size. */
export function zipOf(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const packed = zlib.deflateRawSync(entry.data);
    const size = entry.declaredSize ?? entry.data.length;
    const crc = zlib.crc32(entry.data);
    // Version 2.0, deflate, the checksum, both sizes and the name's length; the directory entry adds the offset.
    const local = record(30, 0x04034b50, [
      [4, 20, 2],
      [8, 8, 2],
      [14, crc, 4],
      [18, packed.length, 4],
      [22, size, 4],
      [26, name.length, 2],
    ]);
    const central = record(46, 0x02014b50, [
      [4, 20, 2],
      [6, 20, 2],
      [10, 8, 2],
      [16, crc, 4],
      [20, packed.length, 4],
      [24, size, 4],
      [28, name.length, 2],
      [42, offset, 4],
    ]);
    locals.push(local, name, packed);
    directory.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = record(22, 0x06054b50, [
    [8, entries.length, 2],
    [10, entries.length, 2],
    [12, directoryBytes.length, 4],
    [16, offset, 4],
  ]);
  return Buffer.concat([...locals, directoryBytes, end]);
}

/** The parts of a minimal workbook around one sheet's XML and its shared strings. */
export function workbookOf(sheetXml: string, sharedStrings: string[] = []): ZipEntry[] {
  const xml = (text: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${text}`);
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return [
    {
      name: '[Content_Types].xml',
      data: xml(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="xml" ContentType="application/xml"/></Types>',
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: xml(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          `<Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: xml(
        `<workbook xmlns="${ns}" xmlns:r="${rel}"><sheets><sheet name="Ark1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    },
    {
      name: 'xl/sharedStrings.xml',
      data: xml(
        `<sst xmlns="${ns}" count="${sharedStrings.length}" uniqueCount="${sharedStrings.length}">` +
          sharedStrings.map((s) => `<si><t>${escape(s)}</t></si>`).join('') +
          '</sst>',
      ),
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      data: xml(`<worksheet xmlns="${ns}"><sheetData>${sheetXml}</sheetData></worksheet>`),
    },
  ];
}

/** Column letters of a zero-based column index: 0 → A, 26 → AA. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** One sheet row of shared-string cells: `indexes[i]` is the shared string of column i. */
export function sharedRow(row: number, indexes: number[]): string {
  const cells = indexes.map((s, i) => `<c r="${columnLetters(i)}${row}" t="s"><v>${s}</v></c>`).join('');
  return `<row r="${row}">${cells}</row>`;
}
