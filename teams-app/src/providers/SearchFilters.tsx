// The catalogue's search form: words, paragraph, target group, region, municipality, ownership, rates, age, order.
import { Field, Input, Select } from '@fluentui/react-components';

import { Region } from '@koberollen/shared/domain/common';

import { FilterForm } from '../shell/FilterForm';
import { OWNERSHIP_LABELS, PARAGRAPHS, SORT_LABELS, TARGET_GROUPS } from './catalogueOptions';
import type { SearchForm } from './searchQuery';

export function SearchFilters({ initial, onSearch }: { initial: SearchForm; onSearch: (form: SearchForm) => void }) {
  return (
    <FilterForm
      label="Søg i leverandørkataloget"
      columnWidth={190}
      words={{ label: 'Søg efter navn, CVR eller ord', placeholder: 'fx bostøtte, autisme eller 12345678' }}
      initial={initial}
      onSearch={onSearch}
    >
      {({ form, set, choice }) => (
        <>
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
        </>
      )}
    </FilterForm>
  );
}
