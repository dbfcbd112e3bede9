// Reading CSV import files: quoting, separators, line ends, numbering by record, and the row limit while reading.
import { PayloadTooLargeError, ValidationError } from '@koberollen/shared/errors';

import { readCsv } from './csvFile';

const LIMITS = { maxDataRows: 5000 };
const read = (text: string) => readCsv(Buffer.from(text, 'utf8'), LIMITS);

it('reads quoted cells with separators, doubled quotes and line breaks, Danish or English separators', () => {
  expect(read('\uFEFFNavn;By\r\n"Bo; og bo";"Vejle\nØst"\r\n"Han sagde ""ja""";Å\r\n')).toEqual([
    { row: 1, cells: ['Navn', 'By'] },
    { row: 2, cells: ['Bo; og bo', 'Vejle\nØst'] },
    { row: 3, cells: ['Han sagde "ja"', 'Å'] },
  ]);
  expect(read('Navn,By\n"Bo, og bo",Vejle')).toEqual([
    { row: 1, cells: ['Navn', 'By'] },
    { row: 2, cells: ['Bo, og bo', 'Vejle'] },
  ]);
});

it('numbers rows by record, leaves out empty ones, and keeps empty cells at the end of a row', () => {
  expect(read('a;b;\n\n;\n1;2;')).toEqual([
    { row: 1, cells: ['a', 'b', ''] },
    { row: 4, cells: ['1', '2', ''] },
  ]);
});

it('reads a neutralised cell as the text it stood for', () => {
  expect(read("Navn;Beløb\n'=Bosted;-1250,50")).toEqual([
    { row: 1, cells: ['Navn', 'Beløb'] },
    { row: 2, cells: ['=Bosted', '-1250,50'] },
  ]);
});

it('refuses a quote left open and text after a closing quote', () => {
  expect(() => read('a;b\n"åben;x')).toThrow(ValidationError);
  expect(() => read('a;b\n"x"y;z')).toThrow(/CSV-filen kunne ikke læses/);
});

it('stops at the row limit while reading, with 413', () => {
  const rows = Array.from({ length: 5002 }, (_, i) => `r${i};x`).join('\n');
  expect(() => read(rows)).toThrow(PayloadTooLargeError);
  expect(() => read(rows)).toThrow('Filen har mere end 5000 rækker; højst 5000 kan indlæses ad gangen.');
  expect(read(rows.split('\n').slice(0, 5001).join('\n'))).toHaveLength(5001);
});
