// A full table of the overview read a page at a time through the shared client: the rows so far, more on request,
// and every row, page by page, for the CSV export.
import { useCallback, useEffect, useRef, useState } from 'react';

import { analysisRoutes } from '@koberollen/shared/api/analysis.contract';
import type { ApiClient } from '@koberollen/shared/api/client';

import { useSession } from '../session/sessionContext';
import { type FullSource, SAVING_COLUMNS, savingCells, spendCells, spendColumns } from './chartSpecs';
import type { Cell, TableData } from './csv';

/** Rows shown per "Vis flere". */
export const PAGE_ROWS = 50;
/** Rows per request while exporting: the most the API answers. */
const EXPORT_ROWS = 500;

interface Period {
  from: string;
  to: string;
}

/** One page of the table's rows as cells, and the token of the next. */
async function pageOf(api: ApiClient, source: FullSource, period: Period, limit: number, token?: string) {
  const query = { from: period.from, to: period.to, limit, ...(token ? { continuationToken: token } : {}) };
  if (source.kind === 'savings') {
    const { data } = await api.call(analysisRoutes.savings, { query });
    return { cells: data.rows.map(savingCells), next: data.continuationToken };
  }
  const { data } = await api.call(analysisRoutes.spend, { query: { ...query, groupBy: source.group } });
  return { cells: data.rows.map(spendCells), next: data.continuationToken };
}

export function useFullTable(source: FullSource, period: Period) {
  const { api } = useSession();
  const columns = source.kind === 'savings' ? SAVING_COLUMNS : spendColumns(source.group, source.label);
  const [rows, setRows] = useState<Cell[][]>([]);
  const [next, setNext] = useState<string>();
  const [state, setState] = useState<'loading' | 'ready' | 'error'>('loading');
  const [error, setError] = useState<unknown>();
  const alive = useRef(true);

  const load = useCallback(
    async (token?: string) => {
      setState('loading');
      try {
        const page = await pageOf(api, source, period, PAGE_ROWS, token);
        if (!alive.current) return;
        setRows((shown) => (token ? [...shown, ...page.cells] : page.cells));
        setNext(page.next);
        setState('ready');
      } catch (failure) {
        if (!alive.current) return;
        setError(failure);
        setState('error');
      }
    },
    [api, source, period],
  );

  useEffect(() => {
    alive.current = true;
    void load();
    return () => {
      alive.current = false;
    };
  }, [load]);

  /** Every row of the table, read page by page. */
  const allRows = useCallback(async (): Promise<TableData> => {
    const all: Cell[][] = [];
    let token: string | undefined;
    do {
      const page = await pageOf(api, source, period, EXPORT_ROWS, token);
      all.push(...page.cells);
      token = page.next;
    } while (token);
    return { columns, rows: all };
  }, [api, source, period, columns]);

  return {
    table: { columns, rows },
    state,
    error,
    more: next ? () => void load(next) : undefined,
    retry: () => void load(rows.length > 0 ? next : undefined),
    allRows,
  };
}
