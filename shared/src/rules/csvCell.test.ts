// The CSV-injection guard: formula-like cells neutralised on export and read back unchanged on import.
import fc from 'fast-check';

import { csvCell, csvCellText, isFormulaLike } from './csvCell';

/** Reads one CSV cell as a spreadsheet's CSV parser does: unquoted, quotes unescaped. */
const unquote = (cell: string) => (cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell);

it.each(['=HYPERLINK("http://x","klik")', '+1+cmd|" /C calc"!A0', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])(
  'neutralises %j with a leading apostrophe',
  (text) => {
    const cell = unquote(csvCell(text));
    expect(cell.startsWith("'")).toBe(true);
    expect(cell.slice(1)).toBe(text);
  },
);

it('leaves plain numbers, ordinary text and inner formula characters alone', () => {
  expect(csvCell('-1234,50')).toBe('-1234,50');
  expect(csvCell('+45')).toBe('+45');
  expect(csvCell('Bostedet Lærkereden')).toBe('Bostedet Lærkereden');
  expect(csvCell('a=b+c')).toBe('a=b+c');
  expect(isFormulaLike('-')).toBe(true);
  expect(isFormulaLike('12,5')).toBe(false);
});

it('quotes cells holding the separator, quotes or line breaks', () => {
  expect(csvCell('Voksne; unge')).toBe('"Voksne; unge"');
  expect(csvCell('Sagt "nej"')).toBe('"Sagt ""nej"""');
  expect(csvCell('a,b', ',')).toBe('"a,b"');
  expect(csvCell('to\r\nlinjer')).toBe('"to\r\nlinjer"');
});

it('reads every exported cell back as the text it was written from', () => {
  fc.assert(
    fc.property(fc.string(), (text) => {
      expect(csvCellText(unquote(csvCell(text)))).toBe(text);
    }),
    { numRuns: 2000 },
  );
  const tricky = fc.string({
    unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', '"', ';', '1', ',', 'a', ' '),
  });
  fc.assert(
    fc.property(tricky, (text) => {
      expect(csvCellText(unquote(csvCell(text)))).toBe(text);
    }),
    { numRuns: 2000 },
  );
  fc.assert(
    fc.property(fc.constantFrom('=', '+', '-', '@', '\t', '\r'), fc.string(), (start, rest) => {
      expect(csvCellText(unquote(csvCell(start + rest)))).toBe(start + rest);
    }),
  );
});

it('keeps an apostrophe the user wrote before ordinary text', () => {
  expect(csvCellText("'Lærkereden'")).toBe("'Lærkereden'");
  expect(csvCellText("'=1")).toBe('=1');
  expect(csvCell("'=1")).toBe("''=1");
});
