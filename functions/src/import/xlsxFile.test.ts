// The XLSX import reader on real workbooks written by exceljs: strings shared, inline and rich, dates, booleans,
// gaps, hidden sheets, error values, and damaged files refused with a Danish error rather than a crash.
import ExcelJS from 'exceljs';
import fc from 'fast-check';

import {
  DomainError,
  PayloadTooLargeError,
  UnsupportedMediaTypeError,
  ValidationError,
} from '@koberollen/shared/errors';

import { readXlsx } from './xlsxFile';

const LIMITS = { maxDataRows: 5000 };

/** The workbook as bytes, shared strings (Excel's way) unless told otherwise. */
async function bytesOf(workbook: ExcelJS.Workbook, useSharedStrings = true): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer({ useSharedStrings }));
}

/** A workbook whose first sheet has the rows, each cell's value as given. */
function workbookOf(rows: ExcelJS.CellValue[][]): { workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet } {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Ark1');
  for (const row of rows) sheet.addRow(row);
  return { workbook, sheet };
}

const rich: ExcelJS.CellValue = {
  richText: [{ text: 'Bosted ' }, { font: { bold: true }, text: 'Engly' }, { text: ' & Co <A/S>' }],
};

// Writing and reading real workbooks takes a few seconds on a busy machine.
jest.setTimeout(30_000);

describe.each([
  ['shared strings', true],
  ['inline strings', false],
])('text cells as %s', (_, shared) => {
  it('reads plain, rich and escaped text, numbers and booleans as the text a user sees', async () => {
    const { workbook } = workbookOf([
      ['Leverandør', 'Pladser', 'Aktiv'],
      [rich, 14, true],
      ['  æøå "citat" \'apostrof\'  ', 2950.5, false],
    ]);
    expect(await readXlsx(await bytesOf(workbook, shared), LIMITS)).toEqual([
      { row: 1, cells: ['Leverandør', 'Pladser', 'Aktiv'], numberColumns: [] },
      { row: 2, cells: ['Bosted Engly & Co <A/S>', '14', 'true'], numberColumns: [1] },
      { row: 3, cells: ['  æøå "citat" \'apostrof\'  ', '2950.5', 'false'], numberColumns: [1] },
    ]);
  });
});

it('reads date cells as ISO dates and keeps times and plain numbers as numbers', async () => {
  const { workbook, sheet } = workbookOf([
    ['Dato', 'Dansk dato', 'Tid', 'Beløb'],
    [new Date(Date.UTC(2026, 0, 5)), 46027, 0.5, 46027],
  ]);
  sheet.getCell('B2').numFmt = 'dd.mm.yyyy';
  sheet.getCell('C2').numFmt = 'hh:mm';
  sheet.getCell('D2').numFmt = '#,##0.00 "kr."';
  const [, row] = await readXlsx(await bytesOf(workbook), LIMITS);
  expect(row).toEqual({ row: 2, cells: ['2026-01-05', '2026-01-05', '0.5', '46027'], numberColumns: [2, 3] });
});

it('reads dates of a workbook that counts from 1904', async () => {
  const { workbook } = workbookOf([['Dato'], [new Date(Date.UTC(2026, 1, 28))]]);
  workbook.properties.date1904 = true;
  const [, row] = await readXlsx(await bytesOf(workbook), LIMITS);
  expect(row?.cells).toEqual(['2026-02-28']);
});

it('keeps each cell in its column and each row its number across gaps, and leaves out empty rows', async () => {
  const { workbook, sheet } = workbookOf([['A', 'B', 'C', 'D']]);
  sheet.getCell('A3').value = 'første';
  sheet.getCell('D3').value = 'fjerde';
  sheet.getCell('B4').value = ' ';
  sheet.getCell('B4').style = { font: { bold: true } };
  sheet.getCell('C6').value = 'tredje';
  expect(await readXlsx(await bytesOf(workbook), LIMITS)).toEqual([
    { row: 1, cells: ['A', 'B', 'C', 'D'], numberColumns: [] },
    { row: 3, cells: ['første', '', '', 'fjerde'], numberColumns: [] },
    { row: 6, cells: ['', '', 'tredje'], numberColumns: [] },
  ]);
});

it('reads the first visible sheet in the workbook order', async () => {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Skjult', { state: 'hidden' }).addRow(['skjult']);
  workbook.addWorksheet('Data').addRow(['synlig']);
  workbook.addWorksheet('Andet').addRow(['andet']);
  expect(await readXlsx(await bytesOf(workbook), LIMITS)).toEqual([{ row: 1, cells: ['synlig'], numberColumns: [] }]);
});

it('refuses a cell that shows an error value, naming row, column and the error', async () => {
  const { workbook } = workbookOf([
    ['Leverandør', 'Pladser'],
    ['Bostedet Eg', { error: '#N/A' }],
  ]);
  await expect(readXlsx(await bytesOf(workbook), LIMITS)).rejects.toEqual(
    new ValidationError(
      'Regnearket har celler, der viser en fejl i stedet for en værdi: række 2, kolonne »Pladser« (#N/A). ' +
        'Skriv den rigtige værdi i cellerne, eller lad dem stå tomme, og send filen igen.',
    ),
  );
});

it('refuses formula cells, shared formulas included, before anything else', async () => {
  const { workbook, sheet } = workbookOf([['Antal', 'Beløb'], [1], [2]]);
  sheet.fillFormula('B2:B3', 'A2*2', [2, 4]);
  await expect(readXlsx(await bytesOf(workbook), LIMITS)).rejects.toThrow(
    /^Regnearket har celler med formler: række 2, kolonne »Beløb«; række 3, kolonne »Beløb«\./,
  );
});

it('stops at the row limit with 413', async () => {
  const { workbook } = workbookOf(Array.from({ length: 12 }, (_, i) => [`Række ${i + 1}`]));
  await expect(readXlsx(await bytesOf(workbook), { maxDataRows: 10 })).rejects.toEqual(
    new PayloadTooLargeError('Filen har mere end 10 rækker; højst 10 kan indlæses ad gangen.'),
  );
});

describe('damaged files', () => {
  let good: Buffer;
  beforeAll(async () => {
    const { workbook } = workbookOf([
      ['Leverandør', 'Pladser', 'Dato'],
      ...Array.from({ length: 50 }, (_, i) => [`Bosted ${i}`, i, new Date(Date.UTC(2026, 0, 1 + i))]),
    ]);
    good = await bytesOf(workbook);
  });

  it('refuses a truncated file with a Danish 415', async () => {
    await expect(readXlsx(good.subarray(0, Math.floor(good.length / 2)), LIMITS)).rejects.toEqual(
      new UnsupportedMediaTypeError('XLSX-filen er beskadiget og kan ikke læses. Gem den igen fra Excel.'),
    );
  });

  it('refuses a zip holding no workbook as not a spreadsheet', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    const docx = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    await expect(readXlsx(docx, LIMITS)).rejects.toThrow(UnsupportedMediaTypeError);
    await expect(readXlsx(docx, LIMITS)).rejects.toThrow(/hverken en CSV- eller en XLSX-fil/);
  });

  it('answers any truncation or damaged bytes with rows or a Danish error, never anything else', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: good.length }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        async (length, changes) => {
          const bytes = Buffer.from(good.subarray(0, length));
          for (const [at, value] of changes) if (bytes.length > 0) bytes[at % bytes.length] = value;
          try {
            await readXlsx(bytes, LIMITS);
          } catch (error) {
            expect(error).toBeInstanceOf(DomainError);
            expect((error as DomainError).message).toMatch(/[æøå]|række|kolonne/i);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
