// A search form of filters: the words on a line of their own, the filters in a grid, then Søg and Nulstil.
import { Button, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { type ReactNode, useState } from 'react';

const useStyles = makeStyles({
  form: {
    display: 'grid',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    alignItems: 'end',
    // A grid item is as wide as its content by default: a select with long choices would run under the next one.
    '& > *': { minWidth: 0 },
    '& .fui-Select, & select': { minWidth: 0 },
  },
  words: { gridColumn: '1 / -1', maxWidth: '640px' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/** What the filters in the grid get: the form as it stands, a change handler per field, and a ready "Alle" select. */
export interface FilterFields<F> {
  form: F;
  set: (field: keyof F) => (_event: unknown, data: { value: string }) => void;
  choice: (field: keyof F, label: string, options: [string, string][]) => ReactNode;
}

interface Props<F> {
  /** The form's accessible name. */
  label: string;
  /** Narrowest grid column, in px. */
  columnWidth: number;
  words: { label: string; placeholder: string };
  initial: F;
  onSearch: (form: F) => void;
  children: (fields: FilterFields<F>) => ReactNode;
}

/** Searches on submit with the form as it stands; Nulstil empties every field and searches again. */
export function FilterForm<F extends { q: string } & Record<keyof F, string>>(props: Props<F>) {
  const { initial, onSearch } = props;
  const styles = useStyles();
  const [form, setForm] = useState(initial);
  const set = (field: keyof F) => (_event: unknown, data: { value: string }) =>
    setForm((current) => ({ ...current, [field]: data.value }));
  const choice = (field: keyof F, label: string, options: [string, string][]) => (
    <Field label={label}>
      <Select value={form[field]} onChange={set(field)}>
        <option value="">Alle</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </Select>
    </Field>
  );
  return (
    <form
      role="search"
      aria-label={props.label}
      className={styles.form}
      style={{ gridTemplateColumns: `repeat(auto-fill, minmax(${props.columnWidth}px, 1fr))` }}
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(form);
      }}
    >
      <Field label={props.words.label} className={styles.words}>
        <Input type="search" value={form.q} onChange={set('q')} placeholder={props.words.placeholder} />
      </Field>
      {props.children({ form, set, choice })}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary">
          Søg
        </Button>
        <Button
          type="button"
          onClick={() => {
            const cleared = { ...form };
            for (const field of Object.keys(cleared) as (keyof F)[]) cleared[field] = '' as F[keyof F];
            setForm(cleared);
            onSearch(cleared);
          }}
        >
          Nulstil
        </Button>
      </div>
    </form>
  );
}
