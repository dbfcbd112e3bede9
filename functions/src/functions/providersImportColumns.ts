// The import and export column map (Danish headers, as docs/import.md lists them) and the reading of one row.
import { Region } from '@koberollen/shared/domain/common';
import { Cvr, Ownership } from '@koberollen/shared/domain/provider';
import type { RateType } from '@koberollen/shared/domain/rate';
import { parseAmount } from '@koberollen/shared/rules/format';

import { byWord, type Column, parseDate, rowReader } from '../import/columns';
import type { SheetRow } from '../import/sheetRows';

/** The columns in file order: key, Danish header, and whether every row must fill it. */
export const COLUMNS = [
  { key: 'tilbudsid', header: 'Tilbudsid', required: false },
  { key: 'afdelingsid', header: 'Afdelingsid', required: false },
  { key: 'name', header: 'Leverandør', required: true },
  { key: 'cvr', header: 'CVR', required: true },
  { key: 'ownership', header: 'Ejerform', required: true },
  { key: 'street', header: 'Adresse', required: false },
  { key: 'postalCode', header: 'Postnummer', required: true },
  { key: 'city', header: 'By', required: true },
  { key: 'municipality', header: 'Kommune', required: true },
  { key: 'region', header: 'Region', required: true },
  { key: 'offer', header: 'Tilbud', required: true },
  { key: 'paragraph', header: 'Paragraf', required: true },
  { key: 'targetGroups', header: 'Målgrupper', required: false },
  { key: 'places', header: 'Pladser', required: true },
  { key: 'unit', header: 'Takstenhed', required: false },
  { key: 'listRate', header: 'Listetakst', required: false },
  { key: 'listDate', header: 'Listetakst dato', required: false },
  { key: 'negotiatedRate', header: 'Forhandlet takst', required: false },
  { key: 'negotiatedDate', header: 'Forhandlet dato', required: false },
] as const satisfies readonly Column[];

export type ColumnKey = (typeof COLUMNS)[number]['key'];
export const HEADERS = COLUMNS.map((c) => c.header);

export const OWNERSHIP_WORDS: Record<Ownership, string> = { public: 'Offentlig', private: 'Privat' };
export const UNIT_WORDS: Record<RateType, string> = { day: 'døgn', month: 'måned', hour: 'time', package: 'pakke' };

/** A price set in the file: the amount and the date it was set. */
export interface FilePrice {
  amount: number;
  date: string;
}

/** One valid data row. */
export interface ImportRow {
  row: number;
  tilbudsid?: string;
  afdelingsid?: string;
  name: string;
  cvr: string;
  ownership: Ownership;
  street: string;
  postalCode: string;
  city: string;
  municipality: string;
  region: Region;
  offer: string;
  paragraph: string;
  targetGroups: string[];
  places: number;
  unit?: RateType;
  list?: FilePrice;
  negotiated?: FilePrice;
}

export type RowResult = { ok: true; value: ImportRow } | { ok: false; row: number; errors: string[] };

/** Reads one data row (`row` is its number in the file, the header being row 1); each error names row and column. */
export function readRow(sheetRow: SheetRow, positions: Record<ColumnKey, number>): RowResult {
  const { row } = sheetRow;
  const { cell, fail, errors } = rowReader<ColumnKey>(COLUMNS, sheetRow, positions);

  const cvr = cell('cvr');
  if (cvr && !Cvr.safeParse(cvr).success) fail('cvr', 'CVR-nummeret skal være 8 cifre og bestå modulus 11-kontrollen.');
  const ownership = byWord(OWNERSHIP_WORDS, cell('ownership'));
  if (cell('ownership') && !ownership) fail('ownership', 'skriv »Offentlig« eller »Privat«.');
  const region = Region.options.find(
    (r) =>
      r.toLowerCase() ===
      cell('region')
        .replace(/^region\s+/i, '')
        .toLowerCase(),
  );
  if (cell('region') && !region) fail('region', `skal være en af ${Region.options.join(', ')}.`);
  if (cell('postalCode') && !/^\d{4}$/.test(cell('postalCode'))) fail('postalCode', 'postnummeret skal være 4 cifre.');
  const places = Number(cell('places'));
  if (cell('places') && !(Number.isInteger(places) && places >= 0 && places <= 10_000)) {
    fail('places', 'skal være et helt tal fra 0 til 10.000.');
  }
  const unit = byWord(UNIT_WORDS, cell('unit'));
  if (cell('unit') && !unit) fail('unit', 'skriv døgn, måned, time eller pakke.');
  const price = (amountKey: ColumnKey, dateKey: ColumnKey): FilePrice | undefined => {
    const amountText = cell(amountKey);
    const dateText = cell(dateKey);
    if (!amountText && !dateText) return undefined;
    const amount = parseAmount(amountText);
    const date = parseDate(dateText);
    if (!amountText) fail(amountKey, 'mangler beløbet til datoen.');
    else if (amount === undefined) fail(amountKey, 'skal være et beløb i kroner, fx 2.885,50.');
    if (!dateText) fail(dateKey, 'mangler datoen, prisen blev fastsat.');
    else if (!date) fail(dateKey, 'skal være en dato, fx 05.01.2026.');
    if (!cell('unit')) fail('unit', 'skal udfyldes, når der er en takst.');
    return amount !== undefined && date ? { amount, date } : undefined;
  };
  const list = price('listRate', 'listDate');
  const negotiated = price('negotiatedRate', 'negotiatedDate');
  if (errors.length > 0 || !ownership || !region) return { ok: false, row, errors };
  return {
    ok: true,
    value: {
      row,
      ...(cell('tilbudsid') ? { tilbudsid: cell('tilbudsid') } : {}),
      ...(cell('afdelingsid') ? { afdelingsid: cell('afdelingsid') } : {}),
      name: cell('name'),
      cvr,
      ownership,
      street: cell('street'),
      postalCode: cell('postalCode'),
      city: cell('city'),
      municipality: cell('municipality'),
      region,
      offer: cell('offer'),
      paragraph: cell('paragraph'),
      targetGroups: cell('targetGroups')
        .split(';')
        .map((g) => g.trim())
        .filter(Boolean),
      places,
      ...(unit ? { unit } : {}),
      ...(list ? { list } : {}),
      ...(negotiated ? { negotiated } : {}),
    },
  };
}
