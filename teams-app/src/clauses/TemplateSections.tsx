// A template's ordered sections in the editor: rename, reorder, remove and add sections; in each, the clauses in
// order, each mandatory or optional, reordered with buttons or Alt+arrows, removed, or added from the library.
import {
  Button,
  Checkbox,
  Field,
  Input,
  makeStyles,
  Select,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';

import type { TemplateClauseRef } from '@koberollen/shared/domain/template';

import { type Keyed, keyed, moveItem, updateKeyed } from './reorder';
import { ReorderButtons, reorderKeys } from './ReorderButtons';

export interface SectionDraft {
  title: string;
  clauses: Keyed<TemplateClauseRef>[];
}

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalM },
  section: {
    display: 'grid',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  clauses: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalXS },
  clause: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  title: { flexGrow: 1, minWidth: '200px' },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalM },
});

interface Props {
  sections: Keyed<SectionDraft>[];
  /** Clause titles by id. */
  titles: ReadonlyMap<string, string>;
  /** The clauses that may be added (those not retired), titles by id. */
  addable: ReadonlyMap<string, string>;
  onChange: (sections: Keyed<SectionDraft>[]) => void;
}

function AddClause({
  name,
  titles,
  onAdd,
}: {
  name: string;
  titles: ReadonlyMap<string, string>;
  onAdd: (id: string) => void;
}) {
  const styles = useStyles();
  const [picked, setPicked] = useState('');
  return (
    <div className={styles.row}>
      <Field label={`Tilføj klausul til ${name}`}>
        <Select value={picked} onChange={(_e, data) => setPicked(data.value)}>
          <option value="">Vælg en klausul</option>
          {[...titles].map(([id, title]) => (
            <option key={id} value={id}>
              {title}
            </option>
          ))}
        </Select>
      </Field>
      <Button
        disabledFocusable={!picked}
        onClick={() => {
          if (!picked) return;
          onAdd(picked);
          setPicked('');
        }}
      >
        Tilføj klausul
      </Button>
    </div>
  );
}

export function TemplateSections({ sections, titles, addable, onChange }: Props) {
  const styles = useStyles();
  return (
    <>
      <ol className={styles.list} aria-label="Afsnit i skabelonen">
        {sections.map((section, index) => {
          const name = section.value.title || `afsnit ${index + 1}`;
          const moveSection = (to: number) => onChange(moveItem(sections, index, to));
          const setSection = (change: Partial<SectionDraft>) =>
            onChange(updateKeyed(sections, section.key, (value) => ({ ...value, ...change })));
          const clauses = section.value.clauses;
          return (
            <li key={section.key} className={styles.section} aria-label={name}>
              <div className={styles.row} onKeyDown={reorderKeys(index, moveSection)}>
                <Field label={`Overskrift på afsnit ${index + 1}`} className={styles.title}>
                  <Input value={section.value.title} onChange={(_e, data) => setSection({ title: data.value })} />
                </Field>
                <ReorderButtons name={`afsnit ${name}`} index={index} count={sections.length} onMove={moveSection} />
                <Button
                  size="small"
                  aria-label={`Fjern afsnit ${name}`}
                  disabledFocusable={sections.length === 1}
                  onClick={() => sections.length > 1 && onChange(sections.filter((s) => s.key !== section.key))}
                >
                  Fjern afsnit
                </Button>
              </div>
              <Subtitle2 as="h4">Klausuler</Subtitle2>
              {clauses.length === 0 && <Text italic>Afsnittet har ingen klausuler.</Text>}
              <ol className={styles.clauses} aria-label={`Klausuler i ${name}`}>
                {clauses.map((ref, at) => {
                  const title = titles.get(ref.value.clauseId) ?? 'Klausul, der ikke findes i biblioteket';
                  const moveClause = (to: number) => setSection({ clauses: moveItem(clauses, at, to) });
                  return (
                    <li key={ref.key} className={styles.clause} onKeyDown={reorderKeys(at, moveClause)}>
                      <Text className={styles.title}>
                        {at + 1}. {title}
                      </Text>
                      <Checkbox
                        label="Obligatorisk"
                        aria-label={`${title} er obligatorisk`}
                        checked={ref.value.mandatory}
                        onChange={(_e, data) =>
                          setSection({
                            clauses: updateKeyed(clauses, ref.key, (value) => ({
                              ...value,
                              mandatory: !!data.checked,
                            })),
                          })
                        }
                      />
                      <ReorderButtons name={title} index={at} count={clauses.length} onMove={moveClause} />
                      <Button
                        size="small"
                        aria-label={`Fjern ${title}`}
                        onClick={() => setSection({ clauses: clauses.filter((other) => other.key !== ref.key) })}
                      >
                        Fjern
                      </Button>
                    </li>
                  );
                })}
              </ol>
              <AddClause
                name={name}
                titles={addable}
                onAdd={(clauseId) => setSection({ clauses: [...clauses, keyed({ clauseId, mandatory: false })] })}
              />
            </li>
          );
        })}
      </ol>
      <div>
        <Button onClick={() => onChange([...sections, keyed({ title: '', clauses: [] })])}>Tilføj afsnit</Button>
      </div>
    </>
  );
}
