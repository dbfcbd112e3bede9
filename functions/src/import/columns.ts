// Column maps of the file imports: the header row read by Danish header names, and each row's cells read with errors
// that name the row and the column (docs/import.md lists the maps).
import { BROKEN_SEEN, hasBrokenCharacters } from '@koberollen/shared/domain/inputText';
import { containsCprNumber, CPR_SEEN } from '@koberollen/shared/rules/cpr';
import { parseIsoDate } from '@koberollen/shared/rules/dates';

import type { SheetRow } from './sheetRows';

/** One column of a map: the key the code reads it by, its Danish header, and whether every row must fill it. */
export interface Column<K extends string = string> {
  key: K;
  header: string;
  required: boolean;
  /** The file may leave the column out altogether (its cells then read as empty). */
  optionalHeader?: boolean;
  /** The column holds ids the server issued (a UUID may hold ten digits in a row): not checked for CPR numbers. */
  systemIds?: boolean;
}

/** "05.01.2026" or "2026-01-05" as an ISO date. */
export function parseDate(text: string): string | undefined {
  const danish = /^(\d{1,2})[.-](\d{1,2})[.-](\d{4})$/.exec(text);
  const iso = danish ? `${danish[3]}-${danish[2]!.padStart(2, '0')}-${danish[1]!.padStart(2, '0')}` : text;
  try {
    parseIsoDate(iso);
    return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : undefined;
  } catch {
    return undefined;
  }
}

/** The key whose word (e.g. "døgn") the text is, ignoring case. */
export function byWord<K extends string>(words: Record<K, string>, text: string): K | undefined {
  return (Object.keys(words) as K[]).find((k) => words[k].toLowerCase() === text.toLowerCase());
}

/** Checks the header row: every column of the map by its Danish header, but those that may be left out. Returns
 * each column's position (-1 for one left out). */
export function readHeader<K extends string>(
  columns: readonly Column<K>[],
  cells: string[],
): { positions: Record<K, number> } | { errors: string[] } {
  const names = cells.map((c) => c.trim().toLowerCase());
  const missing = columns.filter((c) => !c.optionalHeader && !names.includes(c.header.toLowerCase()));
  if (missing.length > 0) {
    return {
      errors: [`Række 1: kolonnerne ${missing.map((c) => `»${c.header}«`).join(', ')} mangler. Brug skabelonen.`],
    };
  }
  const positions = Object.fromEntries(columns.map((c) => [c.key, names.indexOf(c.header.toLowerCase())]));
  return { positions: positions as Record<K, number> };
}

/** An error in one cell, in Danish: `Række 3, kolonne »CVR«: skal udfyldes.` */
export function cellError<K extends string>(
  columns: readonly Column<K>[],
  key: K,
  row: number,
  message: string,
): string {
  const header = columns.find((c) => c.key === key)!.header;
  return `Række ${row}, kolonne »${header}«: ${message}`;
}

/** Reads the cells of one data row (`row` is its number in the file) and gathers errors naming row and column. */
export interface RowReader<K extends string> {
  /** The trimmed text of a column's cell. */
  cell: (key: K) => string;
  /** Records an error in a column: `Række 3, kolonne »CVR«: …`. */
  fail: (key: K, message: string) => void;
  errors: string[];
}

/** Why a number cell was refused: the CPR number a person typed, stored by the spreadsheet without its leading 0. */
export const CPR_AS_NUMBER_SEEN =
  'ser ud til at indeholde et CPR-nummer, som regnearket har gemt som et tal uden det foranstillede 0. ' +
  'Køberollen gemmer aldrig CPR-numre – brug sagsnummeret fra sagssystemet.';

/** A number cell's text as a person typed it: nine digits were ten with a leading 0 (a CPR number of days 1-9). */
const lostLeadingZero = (text: string) => /^\d{9}$/.test(text) && containsCprNumber(`0${text}`);

/**
 * A reader of one row that has already recorded an error for every required column left empty, and for every cell of
 * any column that holds a CPR number (a number cell read as typed, its leading 0 put back), a NUL character or a lone
 * surrogate: such a row is never imported.
 */
export function rowReader<K extends string>(
  columns: readonly Column<K>[],
  { row, cells, numberColumns = [] }: SheetRow,
  positions: Record<K, number>,
): RowReader<K> {
  const errors: string[] = [];
  const cell = (key: K) => (cells[positions[key]] ?? '').trim();
  const fail = (key: K, message: string) => errors.push(cellError(columns, key, row, message));
  for (const column of columns) {
    const text = cell(column.key);
    if (column.required && !text) fail(column.key, 'skal udfyldes.');
    else if (hasBrokenCharacters(text)) fail(column.key, BROKEN_SEEN);
    else if (column.systemIds) continue;
    else if (containsCprNumber(text)) fail(column.key, CPR_SEEN);
    else if (numberColumns.includes(positions[column.key]) && lostLeadingZero(text))
      fail(column.key, CPR_AS_NUMBER_SEEN);
  }
  return { cell, fail, errors };
}
