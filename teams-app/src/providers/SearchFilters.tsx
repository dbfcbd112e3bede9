// The catalogue's search form: words, paragraph, target group, region, municipality, ownership, rates, age, order.
import { Button, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useState } from 'react';

import { Region } from '@koberollen/shared/domain/common';

import { OWNERSHIP_LABELS, PARAGRAPHS, SORT_LABELS, TARGET_GROUPS } from './catalogueOptions';
import type { SearchForm } from './searchQuery';

const useStyles = makeStyles({
  form: {
    display: 'grid',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    gridTemplateColumns: 'repeat(auto-fill, minmax(190px, 1fr))',
    alignItems: 'end',
  },
  words: { gridColumn: '1 / -1', maxWidth: '640px' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export function SearchFilters({ initial, onSearch }: { initial: SearchForm; onSearch: (form: SearchForm) => void }) {
  const styles = useStyles();
  const [form, setForm] = useState(initial);
  const set = (field: keyof SearchForm) => (_event: unknown, data: { value: string }) =>
    setForm((current) => ({ ...current, [field]: data.value }));
  const choice = (field: keyof SearchForm, label: string, options: [string, string][]) => (
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
      aria-label="Søg i leverandørkataloget"
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(form);
      }}
    >
      <Field label="Søg efter navn, CVR eller ord" className={styles.words}>
        <Input type="search" value={form.q} onChange={set('q')} placeholder="fx bostøtte, autisme eller 12345678" />
      </Field>
      {choice(
        'paragraph',
        'Paragraf',
        PARAGRAPHS.map((p) => [p, p]),
      )}
      {choice(
        'targetGroup',
        'Målgruppe',
        TARGET_GROUPS.map((g) => [g, g]),
      )}
      {choice(
        'region',
        'Region',
        Region.options.map((r) => [r, `Region ${r}`]),
      )}
      <Field label="Kommune">
        <Input value={form.municipality} onChange={set('municipality')} placeholder="fx Vejle Kommune" />
      </Field>
      {choice('ownership', 'Ejerform', Object.entries(OWNERSHIP_LABELS))}
      <Field label="Døgntakst fra (kr.)">
        <Input type="number" min={0} value={form.minRate} onChange={set('minRate')} />
      </Field>
      <Field label="Døgntakst til (kr.)">
        <Input type="number" min={0} value={form.maxRate} onChange={set('maxRate')} />
      </Field>
      <Field label="Forhandlet inden for (måneder)">
        <Input
          type="number"
          min={1}
          max={120}
          value={form.negotiatedWithinMonths}
          onChange={set('negotiatedWithinMonths')}
        />
      </Field>
      <Field label="Sortér efter">
        <Select value={form.sort || 'name'} onChange={set('sort')}>
          {Object.entries(SORT_LABELS).map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary">
          Søg
        </Button>
        <Button
          type="button"
          onClick={() => {
            const cleared = Object.fromEntries(Object.keys(form).map((k) => [k, ''])) as Record<
              keyof SearchForm,
              string
            >;
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
