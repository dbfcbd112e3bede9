// Check a price regulation: the current and proposed rate and the period, against the municipality's KL rate.
import { Body1, Button, Field, Input, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';

import { analysisRoutes } from '@koberollen/shared/api/analysis.contract';
import { inHalfOpenPeriod, isoDateOf } from '@koberollen/shared/rules/dates';
import { formatDate, formatKr, formatNumber, formatPercent, parseDanishDate } from '@koberollen/shared/rules/format';
import { DATE_MESSAGE, DateField } from '@koberollen/shared/ui/DateField';

import { errorText } from '../api/paneClient';
import { ErrorLine, usePaneApi } from './common';
import { parseDanishNumber } from './contractDraft';
import { useLinked } from './linkedCase';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  result: { margin: 0 },
});

type Result = { text: string; verdict: 'within' | 'above' | 'noRate' | 'framework' };

export default function RegulationView() {
  const styles = useStyles();
  const api = usePaneApi();
  const linked = useLinked();
  const [previous, setPrevious] = useState('');
  const [proposed, setProposed] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [useContract, setUseContract] = useState(true);
  const [result, setResult] = useState<Result>();
  const [error, setError] = useState<string>();
  const resultRef = useRef<HTMLParagraphElement>(null);

  const [invalid, setInvalid] = useState<{ from?: string; to?: string }>({});

  // The check starts from the linked contract's rate in force today: its amount and the day it began.
  const today = isoDateOf(new Date());
  const current = linked.contract?.rates.find((r) => inHalfOpenPeriod(today, r.validFrom, r.validTo));
  useEffect(() => {
    if (!current) return;
    setPrevious((typed) => typed || formatNumber(current.amount));
    setFrom((typed) => typed || formatDate(current.validFrom));
  }, [current?.amount, current?.validFrom]);

  const check = async () => {
    setError(undefined);
    setResult(undefined);
    const periodFrom = parseDanishDate(from);
    const periodTo = parseDanishDate(to);
    setInvalid({ from: periodFrom ? undefined : DATE_MESSAGE, to: periodTo ? undefined : DATE_MESSAGE });
    if (!periodFrom || !periodTo) return;
    try {
      const body = {
        previousRate: parseDanishNumber(previous),
        proposedRate: parseDanishNumber(proposed),
        periodFrom,
        periodTo,
        contractId: useContract ? linked.contract?.id : undefined,
      };
      const { data } = await api.call(analysisRoutes.checkPriceRegulation, { body });
      const text =
        data.verdict === 'noRate' || data.verdict === 'framework'
          ? data.explanation
          : data.verdict === 'within'
            ? `Inden for: stigningen er ${formatPercent(data.actualPercent)}, og der må reguleres med ${formatPercent(data.allowedPercent)} (højst ${formatKr(data.allowedRate)}).`
            : `Over: stigningen er ${formatPercent(data.actualPercent)}, men der må kun reguleres med ${formatPercent(data.allowedPercent)}. Overskridelsen er ${formatKr(data.excessKr)} (${formatPercent(data.excessPercent)}).`;
      setResult({ text, verdict: data.verdict });
      resultRef.current?.focus();
    } catch (caught) {
      setError(`Reguleringen kunne ikke kontrolleres: ${errorText(caught)}`);
    }
  };

  return (
    <form
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        void check();
      }}
    >
      <Subtitle2 as="h2">Kontrollér en prisregulering</Subtitle2>
      <Field label="Nuværende takst (kr.)" required>
        <Input value={previous} onChange={(_, d) => setPrevious(d.value)} inputMode="decimal" />
      </Field>
      <Field label="Foreslået takst (kr.)" required>
        <Input value={proposed} onChange={(_, d) => setProposed(d.value)} inputMode="decimal" />
      </Field>
      <DateField
        label="Den nuværende takst gælder fra"
        required
        value={from}
        onChange={setFrom}
        validationMessage={invalid.from}
      />
      <DateField
        label="Den foreslåede takst skal gælde fra"
        required
        value={to}
        onChange={setTo}
        validationMessage={invalid.to}
      />
      {linked.contract && (
        <label>
          <input type="checkbox" checked={useContract} onChange={(e) => setUseContract(e.target.checked)} /> Brug
          kontraktens reguleringsvilkår
        </label>
      )}
      <Button type="submit" appearance="primary" disabled={!previous || !proposed || !from || !to}>
        Kontrollér
      </Button>
      {error && <ErrorLine>{error}</ErrorLine>}
      <p ref={resultRef} tabIndex={-1} role="status" className={styles.result}>
        {result && <Body1>{result.text}</Body1>}
      </p>
    </form>
  );
}
