// The library's search form: words, topic, paragraph and status; the choices are those the library uses.
import { Button, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useState } from 'react';

import { STATUS_LABELS } from './labels';
import type { LibraryForm } from './libraryQuery';

const useStyles = makeStyles({
  form: {
    display: 'grid',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))',
    alignItems: 'end',
  },
  words: { gridColumn: '1 / -1', maxWidth: '640px' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

interface Props {
  initial: LibraryForm;
  topics: string[];
  paragraphs: string[];
  onSearch: (form: LibraryForm) => void;
}

export function LibraryFilters({ initial, topics, paragraphs, onSearch }: Props) {
  const styles = useStyles();
  const [form, setForm] = useState(initial);
  const set = (field: keyof LibraryForm) => (_event: unknown, data: { value: string }) =>
    setForm((current) => ({ ...current, [field]: data.value }));
  const choice = (field: keyof LibraryForm, label: string, options: [string, string][]) => (
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
      aria-label="Søg i klausulbiblioteket"
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(form);
      }}
    >
      <Field label="Søg efter ord i titel, tekst, vejledning eller genkendelsesord" className={styles.words}>
        <Input type="search" value={form.q} onChange={set('q')} placeholder="fx særtakst eller opsigelse" />
      </Field>
      {choice(
        'topic',
        'Emne',
        topics.map((t) => [t, t]),
      )}
      {choice(
        'paragraph',
        'Paragraf',
        paragraphs.map((p) => [p, p]),
      )}
      {choice('status', 'Status', Object.entries(STATUS_LABELS))}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary">
          Søg
        </Button>
        <Button
          onClick={() => {
            const empty = { q: '', topic: '', paragraph: '', status: '' };
            setForm(empty);
            onSearch(empty);
          }}
        >
          Nulstil
        </Button>
      </div>
    </form>
  );
}
