// Reading a workbook's parts: shared-string text without phonetic runs and with Excel's escapes undone, and which
// number formats show dates.
import { isDateFormat, textCollector } from './xlsxParts';
import { XmlScanner } from './xmlScanner';

function sharedStrings(xml: string): (string | null)[] {
  const strings: (string | null)[] = [];
  const scanner = new XmlScanner(textCollector('si', (text) => strings.push(text)));
  scanner.write(xml);
  scanner.end();
  return strings;
}

it('joins rich runs, leaves out phonetic runs and undoes escaped characters', () => {
  expect(
    sharedStrings(
      '<sst><si><r><t>Bo</t></r><r><rPr><b/></rPr><t xml:space="preserve">sted </t></r>' +
        '<rPh sb="0" eb="2"><t>ボ</t></rPh><t>Eg_x000D_</t></si><si/><si><t>a_x005F_b</t></si></sst>',
    ),
  ).toEqual(['Bosted Eg\r', '', 'a_b']);
});

it('marks a shared string too long for any cell instead of holding it', () => {
  expect(sharedStrings(`<sst><si><t>${'x'.repeat(70_000)}</t></si><si><t>kort</t></si></sst>`)).toEqual([null, 'kort']);
});

it.each([
  ['dd.mm.yyyy', true],
  ['d/m/yy;@', true],
  ['[$-406]d. mmmm yyyy', true],
  ['mmm', true],
  ['dd.mm.yyyy hh:mm', true],
  ['hh:mm', false],
  ['[h]:mm:ss', false],
  ['mm:ss', false],
  ['#,##0.00 "kr."', false],
  ['0%', false],
  ['General', false],
  ['"dag "0', false],
])('number format %s shows a date: %s', (format, date) => {
  expect(isDateFormat(format)).toBe(date);
});
