// A checklist's page: its phase, purpose and items; procurement edits them (text, guidance, the clause topic an
// item requires, order) and saves with the version read (If-Match).
import { Field, Input, makeStyles, Select, Text, tokens } from '@fluentui/react-components';

import { checklistRoutes } from '@koberollen/shared/api/checklists.contract';
import type { Checklist, ChecklistInput } from '@koberollen/shared/domain/checklist';
import { type Phase, PHASE_LABELS } from '@koberollen/shared/domain/phase';

import { ChecklistItems } from './ChecklistItems';
import { DraftForm } from './DraftForm';
import { PURPOSE_LABELS, purposeAndPhase } from './labels';
import { LibraryRecordPage } from './LibraryRecordPage';
import { keyed } from './reorder';
import { useDraftSave } from './useDraftSave';
import { topicChoices, useTopicNames } from './useTopicNames';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '880px' },
  pair: {
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))',
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'grid', gap: tokens.spacingVerticalS },
});

const draftOf = (checklist: Checklist) => ({
  name: checklist.name,
  phase: checklist.phase,
  purpose: checklist.purpose,
  items: checklist.items.map((item) => keyed(item)),
});
type Draft = ReturnType<typeof draftOf>;

const inputOf = (draft: Draft): ChecklistInput => ({
  name: draft.name.trim(),
  phase: draft.phase,
  purpose: draft.purpose,
  items: draft.items.map(({ value }) => ({ ...value, text: value.text.trim(), guidance: value.guidance.trim() })),
});

interface FormProps {
  checklist: Checklist;
  etag?: string;
  topics: [string, string][];
}

function ChecklistForm({ checklist, etag, topics }: FormProps) {
  const styles = useStyles();
  const form = useDraftSave({
    record: checklist,
    etag,
    draftOf,
    inputOf,
    replace: (api, body: ChecklistInput, ifMatch) =>
      api.call(checklistRoutes.replace, { params: { id: checklist.id }, body, ifMatch }),
    read: (api) => api.call(checklistRoutes.get, { params: { id: checklist.id } }),
  });
  const { draft, input, set } = form;
  const missing = !input.name || input.items.some((item) => !item.text);
  return (
    <DraftForm
      form={form}
      className={styles.root}
      label="Rediger tjeklisten"
      missing={missing ? 'Navn og teksten i hvert punkt skal udfyldes.' : undefined}
      saveLabel="Gem tjeklisten"
      savedText="Tjeklisten er gemt."
    >
      <div className={styles.pair}>
        <Field label="Navn" required>
          <Input value={draft.name} onChange={(_e, data) => set({ name: data.value })} />
        </Field>
        <Field label="Fase">
          <Select value={draft.phase} onChange={(_e, data) => set({ phase: data.value as Phase })}>
            {Object.entries(PHASE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Formål">
          <Select
            value={draft.purpose}
            onChange={(_e, data) => set({ purpose: data.value as ChecklistInput['purpose'] })}
          >
            {Object.entries(PURPOSE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Text>Flyt punkter med knapperne eller Alt+pil op/ned.</Text>
      <ChecklistItems items={draft.items} topics={topics} onChange={(items) => set({ items })} />
    </DraftForm>
  );
}

export function ChecklistEditor({ id }: { id: string }) {
  const styles = useStyles();
  const { nameOf } = useTopicNames();
  return (
    <LibraryRecordPage
      id={id}
      read={(api) => api.call(checklistRoutes.get, { params: { id } })}
      loadingLabel="Henter tjeklisten …"
      headingId="checklist-heading"
      className={styles.root}
      summary={(checklist) => `Tjekliste · ${purposeAndPhase(checklist)}`}
    >
      {({ record: checklist, etag, clauses, mayEdit }) =>
        mayEdit ? (
          <ChecklistForm
            checklist={checklist}
            etag={etag}
            topics={topicChoices(
              clauses.map((c) => c.topic),
              nameOf,
            )}
          />
        ) : (
          <ol className={styles.list} aria-label="Punkter">
            {checklist.items.map((item) => (
              <li key={item.id}>
                <Text weight="semibold">{item.text}</Text>
                {item.requiresTopic && <Text> (kræver emnet {nameOf(item.requiresTopic)})</Text>}
                {item.guidance && <Text block>{item.guidance}</Text>}
              </li>
            ))}
          </ol>
        )
      }
    </LibraryRecordPage>
  );
}
