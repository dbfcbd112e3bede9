// The period the overview covers: two dates typed as dd.mm.åååå, checked before the overview is asked again.
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';

import { formatDate, parseDanishDate } from '@koberollen/shared/rules/format';
import { DATE_MESSAGE, DateField } from '@koberollen/shared/ui/DateField';

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
    from: from ? undefined : DATE_MESSAGE,
    to: to ? undefined : DATE_MESSAGE,
  };
  if (from && to && from > to) errors.to = 'Slutdatoen skal ligge efter startdatoen.';
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
      <DateField
        label="Fra"
        value={fromText}
        onChange={setFromText}
        validationMessage={shown ? errors.from : undefined}
      />
      <DateField label="Til" value={toText} onChange={setToText} validationMessage={shown ? errors.to : undefined} />
      <Button type="submit" appearance="primary" className={styles.submit}>
        Vis periode
      </Button>
    </form>
  );
}
