// The period the overview covers: two dates typed as dd.mm.åååå, checked before the overview is asked again.
import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';

import { formatDate, parseDanishDate } from '@koberollen/shared/rules/format';

const useStyles = makeStyles({
  form: { display: 'flex', flexWrap: 'wrap', alignItems: 'start', gap: tokens.spacingHorizontalM },
  submit: { marginTop: '26px' },
});

export interface PeriodValue {
  from: string;
  to: string;
}

/** Checks the two typed dates; the messages say what to fix. */
function check(fromText: string, toText: string) {
  const from = parseDanishDate(fromText);
  const to = parseDanishDate(toText);
  const errors = {
    from: from ? undefined : 'Skriv en dato som dd.mm.åååå',
    to: to ? undefined : 'Skriv en dato som dd.mm.åååå',
  };
  if (from && to && from > to) errors.to = 'Slutdatoen skal ligge efter startdatoen';
  return { period: from && to && !errors.to ? { from, to } : undefined, errors };
}

export function PeriodChooser({ value, onChange }: { value: PeriodValue; onChange: (period: PeriodValue) => void }) {
  const styles = useStyles();
  const [fromText, setFromText] = useState(formatDate(value.from));
  const [toText, setToText] = useState(formatDate(value.to));
  const [shown, setShown] = useState(false);
  useEffect(() => {
    setFromText(formatDate(value.from));
    setToText(formatDate(value.to));
  }, [value.from, value.to]);
  const { period, errors } = check(fromText, toText);
  return (
    <form
      className={styles.form}
      aria-label="Periode"
      onSubmit={(event) => {
        event.preventDefault();
        setShown(true);
        if (period) onChange(period);
      }}
    >
      <Field label="Fra" validationMessage={shown ? errors.from : undefined}>
        <Input
          value={fromText}
          onChange={(_, d) => setFromText(d.value)}
          placeholder="dd.mm.åååå"
          inputMode="numeric"
        />
      </Field>
      <Field label="Til" validationMessage={shown ? errors.to : undefined}>
        <Input value={toText} onChange={(_, d) => setToText(d.value)} placeholder="dd.mm.åååå" inputMode="numeric" />
      </Field>
      <Button type="submit" appearance="primary" className={styles.submit}>
        Vis periode
      </Button>
    </form>
  );
}
