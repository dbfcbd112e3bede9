// Reading one invoice-import row: credit notes by "Bilagstype" and "Krediterer faktura", their negative numbers.
import { INVOICE_COLUMNS, INVOICE_HEADERS, type InvoiceColumnKey, readInvoiceRow } from './invoicesImportColumns';

const positions = Object.fromEntries(INVOICE_COLUMNS.map((c, i) => [c.key, i])) as Record<InvoiceColumnKey, number>;

function read(overrides: Record<string, string>) {
  const values: Record<string, string> = {
    Fakturanummer: 'K-17',
    CVR: '12345674',
    Sagsnummer: 'SAG-1',
    'Periode fra': '03.02.2026',
    'Periode til': '04.02.2026',
    Linjetekst: 'Døgntakst',
    Enhed: 'døgn',
    Antal: '2',
    Enhedspris: '2.500,00',
    Beløb: '5.000,00',
    ...overrides,
  };
  return readInvoiceRow({ row: 2, cells: INVOICE_HEADERS.map((h) => values[h] ?? '') }, positions);
}

describe('readInvoiceRow and credit notes', () => {
  it('reads a credit note with negative numbers as positive amounts credited on the named invoice', () => {
    const result = read({ Bilagstype: 'kreditnota', 'Krediterer faktura': 'F-9', Antal: '-2', Beløb: '−5.000,00' });
    expect(result).toMatchObject({
      ok: true,
      value: { creditsInvoiceNumber: 'F-9', line: { quantity: 2, unitPrice: 2500, amount: 5000 } },
    });
  });

  it('takes a row naming a credited invoice as a credit note, and an ordinary row as an invoice', () => {
    expect(read({ 'Krediterer faktura': 'F-9' })).toMatchObject({ ok: true, value: { creditsInvoiceNumber: 'F-9' } });
    const plain = read({ Bilagstype: 'Faktura' });
    expect(plain.ok && plain.value.creditsInvoiceNumber).toBe(undefined);
  });

  it('names the row and column of a credit note without its invoice, a negative invoice and an unknown type', () => {
    expect(read({ Bilagstype: 'Kreditnota' })).toEqual({
      ok: false,
      row: 2,
      errors: [
        'Række 2, kolonne »Krediterer faktura«: en kreditnota skal angive nummeret på den faktura, den krediterer.',
      ],
    });
    expect(read({ Beløb: '-5.000,00' })).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/^Række 2, kolonne »Beløb«: er negativ: en kreditnota har »Kreditnota«/)],
    });
    expect(read({ Bilagstype: 'Rykker' })).toMatchObject({
      ok: false,
      errors: ['Række 2, kolonne »Bilagstype«: skriv Faktura eller Kreditnota.'],
    });
    expect(read({ Bilagstype: 'Faktura', 'Krediterer faktura': 'F-9' })).toMatchObject({ ok: false });
    expect(read({ 'Krediterer faktura': 'K-17' })).toMatchObject({
      ok: false,
      errors: ['Række 2, kolonne »Krediterer faktura«: en kreditnota kan ikke kreditere sig selv.'],
    });
  });
});
