// The library's search form: words, topic, paragraph and status; the choices are those the library uses.
import { FilterForm } from '../shell/FilterForm';
import { STATUS_LABELS } from './labels';
import type { LibraryForm } from './libraryQuery';

interface Props {
  initial: LibraryForm;
  /** Topic keys with their Danish names. */
  topics: [string, string][];
  paragraphs: string[];
  onSearch: (form: LibraryForm) => void;
}

export function LibraryFilters({ initial, topics, paragraphs, onSearch }: Props) {
  return (
    <FilterForm
      label="Søg i klausulbiblioteket"
      columnWidth={200}
      words={{
        label: 'Søg efter ord i titel, tekst, vejledning eller genkendelsesord',
        placeholder: 'fx særtakst eller opsigelse',
      }}
      initial={initial}
      onSearch={onSearch}
    >
      {({ choice }) => (
        <>
          {choice('topic', 'Emne', topics)}
          {choice(
            'paragraph',
            'Paragraf',
            paragraphs.map((p) => [p, p]),
          )}
          {choice('status', 'Status', Object.entries(STATUS_LABELS))}
        </>
      )}
    </FilterForm>
  );
}
