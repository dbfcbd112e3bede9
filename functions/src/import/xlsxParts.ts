// The parts of an XLSX workbook an import needs, found through its relationships: the first sheet, the shared
// strings, which cell styles show dates, and the workbook's date system.
import { StringDecoder } from 'node:string_decoder';

import { UnsupportedMediaTypeError } from '@koberollen/shared/errors';

import { MAX_CELL_CHARS } from './sheetRows';
import { type XmlHandler, XmlScanner } from './xmlScanner';
import { entryChunks, type ZipEntry } from './zipEntries';
import { ZIP_LIMITS } from './zipLimits';

export const NOT_A_SPREADSHEET =
  'Filen er hverken en CSV- eller en XLSX-fil. Gem den som CSV eller Excel-projektmappe (.xlsx).';

/** What reading the first sheet needs to know from the rest of the workbook. */
export interface WorkbookParts {
  sheet: ZipEntry;
  /** Shared strings by index; `null` for one longer than a cell may be, refused where a cell uses it. */
  sharedStrings: (string | null)[];
  /** Indexes of the cell styles whose number format shows a date. */
  dateStyles: Set<number>;
  /** The workbook counts days from 1904 (old Mac Excel) rather than 1900. */
  date1904: boolean;
}

/** Streams one part through a handler of its XML. */
export async function scanPart(bytes: Buffer, entry: ZipEntry, handler: XmlHandler): Promise<void> {
  const scanner = new XmlScanner(handler);
  const decoder = new StringDecoder('utf8');
  for await (const chunk of entryChunks(bytes, entry, ZIP_LIMITS.entryBytes)) scanner.write(decoder.write(chunk));
  scanner.write(decoder.end());
  scanner.end();
}

/** Excel's escape of a character XML cannot hold (`_x000D_` for a carriage return) undone. */
const unescapeXstring = (text: string) =>
  text.includes('_x')
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;

/** Collects the text of `<t>` elements inside each `item` element, leaving out phonetic runs (`<rPh>`). */
export function textCollector(item: string, done: (text: string | null) => void): XmlHandler {
  let text = '';
  let tooLong = false;
  let inText = false;
  let phonetic = 0;
  return {
    open(name, _attributes, selfClosing) {
      if (selfClosing) {
        if (name === item) done('');
        return;
      }
      if (name === item) [text, tooLong] = ['', false];
      else if (name === 'rPh') phonetic += 1;
      else if (name === 't' && phonetic === 0) inText = true;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic -= 1;
      else if (name === item) done(tooLong ? null : unescapeXstring(text));
    },
    text(piece) {
      if (!inText || tooLong) return;
      // Room for Excel's escapes; the cell's own length is checked where it is used.
      if (text.length + piece.length > MAX_CELL_CHARS * 2) [text, tooLong] = ['', true];
      else text += piece;
    },
  };
}

/** Built-in number formats that show a date (14-22 dates and times, 45-47 minutes and seconds). */
const isBuiltInDate = (id: number) => (id >= 14 && id <= 22) || (id >= 45 && id <= 47);

/** A custom number format shows a date when, outside quoted text, escapes and [brackets], it has a day, a year, or
 * a month (an `m` with no hours or seconds beside it, where it would mean minutes). */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*]|[_*]./g, '').toLowerCase();
  return /[dy]/.test(bare) || (bare.includes('m') && !/[hs]/.test(bare));
}

/** The indexes of the cell styles (`cellXfs`) whose number format shows a date. */
async function readDateStyles(bytes: Buffer, entry: ZipEntry | undefined): Promise<Set<number>> {
  const dates = new Set<number>();
  if (!entry) return dates;
  const customDates = new Map<number, boolean>();
  let inCellStyles = false;
  let index = 0;
  await scanPart(bytes, entry, {
    open(name, attributes) {
      const id = Number(attributes.numFmtId);
      if (name === 'numFmt') customDates.set(id, isDateFormat(attributes.formatCode ?? ''));
      else if (name === 'cellXfs') inCellStyles = true;
      else if (name === 'xf' && inCellStyles) {
        if (customDates.get(id) ?? isBuiltInDate(id)) dates.add(index);
        index += 1;
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellStyles = false;
    },
    text() {},
  });
  return dates;
}

async function readSharedStrings(bytes: Buffer, entry: ZipEntry | undefined): Promise<(string | null)[]> {
  const strings: (string | null)[] = [];
  if (entry)
    await scanPart(
      bytes,
      entry,
      textCollector('si', (text) => strings.push(text)),
    );
  return strings;
}

/** A part's relationships (`_rels/name.rels`): each target by type, resolved against the part's folder. */
async function relationships(bytes: Buffer, find: (path: string) => ZipEntry | undefined, part: string) {
  const folder = part.slice(0, part.lastIndexOf('/') + 1);
  const entry = find(`${folder}_rels/${part.slice(folder.length)}.rels`);
  const found: { id: string; type: string; target: string }[] = [];
  if (!entry) return found;
  await scanPart(bytes, entry, {
    open(name, attributes) {
      if (name !== 'Relationship' || attributes.TargetMode === 'External' || !attributes.Target) return;
      const target = attributes.Target.startsWith('/') ? attributes.Target.slice(1) : folder + attributes.Target;
      const path = target.split('/').reduce<string[]>((parts, step) => {
        if (step === '..') parts.pop();
        else if (step !== '.') parts.push(step);
        return parts;
      }, []);
      found.push({ id: attributes.Id ?? '', type: attributes.Type ?? '', target: path.join('/') });
    },
    close() {},
    text() {},
  });
  return found;
}

/** The workbook's first sheet (its first visible one, if any is hidden), its date system, its other parts' targets. */
async function readWorkbook(bytes: Buffer, entry: ZipEntry): Promise<{ sheetIds: string[]; date1904: boolean }> {
  const visible: string[] = [];
  const hidden: string[] = [];
  let date1904 = false;
  await scanPart(bytes, entry, {
    open(name, attributes) {
      if (name === 'workbookPr') date1904 = ['1', 'true'].includes(attributes.date1904 ?? '');
      if (name !== 'sheet') return;
      const id = Object.entries(attributes).find(([key]) => key.endsWith(':id'))?.[1];
      if (id) (attributes.state === 'hidden' || attributes.state === 'veryHidden' ? hidden : visible).push(id);
    },
    close() {},
    text() {},
  });
  return { sheetIds: [...visible, ...hidden], date1904 };
}

/** Finds and reads the parts; 415 when the file is a zip but no workbook. */
export async function readWorkbookParts(bytes: Buffer, entries: ZipEntry[]): Promise<WorkbookParts> {
  const byName = new Map(entries.map((entry) => [entry.name.toLowerCase(), entry]));
  const find = (path: string) => byName.get(path.toLowerCase());
  const notAWorkbook = () => new UnsupportedMediaTypeError(NOT_A_SPREADSHEET);
  const office = (await relationships(bytes, find, '')).find((r) => r.type.endsWith('/officeDocument'));
  const workbookPath = office?.target ?? 'xl/workbook.xml';
  const workbook = find(workbookPath);
  if (!workbook) throw notAWorkbook();
  const { sheetIds, date1904 } = await readWorkbook(bytes, workbook);
  const related = await relationships(bytes, find, workbookPath);
  /** A part by its relationship's type, else at the path Excel gives it (some writers leave the relationship out). */
  const target = (type: string, usualPath: string) =>
    find(related.find((r) => r.type.endsWith(type))?.target ?? usualPath);
  const sheetPath = related.find((r) => r.id === sheetIds[0])?.target;
  const sheet = sheetPath === undefined ? undefined : find(sheetPath);
  if (!sheet) throw notAWorkbook();
  return {
    sheet,
    sharedStrings: await readSharedStrings(bytes, target('/sharedStrings', 'xl/sharedStrings.xml')),
    dateStyles: await readDateStyles(bytes, target('/styles', 'xl/styles.xml')),
    date1904,
  };
}
