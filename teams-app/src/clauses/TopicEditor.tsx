// A topic's page: its Danish name and the synonyms that reveal it in a provider's own contract; procurement edits
// both and saves with the version read (If-Match). The key stays: clauses and checklist items refer to it.
import { Field, Input, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components';

import { topicRoutes } from '@koberollen/shared/api/topics.contract';
import type { Topic, TopicInput } from '@koberollen/shared/domain/topic';

import { DraftForm } from './DraftForm';
import { LibraryRecordPage } from './LibraryRecordPage';
import { SYNONYM_HINT, synonymLines } from './topicDraft';
import { useDraftSave } from './useDraftSave';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '720px' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

const draftOf = (topic: Topic) => ({ name: topic.name, synonyms: topic.synonyms.join('\n') });
type Draft = ReturnType<typeof draftOf>;

const inputOf = (draft: Draft, topic: Topic): TopicInput => ({
  key: topic.key,
  name: draft.name.trim(),
  synonyms: synonymLines(draft.synonyms),
});

function TopicForm({ topic, etag }: { topic: Topic; etag?: string }) {
  const styles = useStyles();
  const form = useDraftSave({
    record: topic,
    etag,
    draftOf,
    inputOf,
    replace: (api, body: TopicInput, ifMatch) =>
      api.call(topicRoutes.replace, { params: { id: topic.id }, body, ifMatch }),
    read: (api) => api.call(topicRoutes.get, { params: { id: topic.id } }),
  });
  const { draft, input, set } = form;
  return (
    <DraftForm
      form={form}
      className={styles.root}
      label="Rediger emnet"
      missing={input.name ? undefined : 'Navnet skal udfyldes.'}
      saveLabel="Gem emnet"
      savedText="Emnet er gemt. Nye gennemgange bruger navnet og synonymerne."
    >
      <Field label="Navn" required>
        <Input value={draft.name} onChange={(_e, data) => set({ name: data.value })} />
      </Field>
      <Field label="Synonymer, ét pr. linje" hint={SYNONYM_HINT}>
        <Textarea
          value={draft.synonyms}
          onChange={(_e, data) => set({ synonyms: data.value })}
          resize="vertical"
          rows={10}
        />
      </Field>
    </DraftForm>
  );
}

export function TopicEditor({ id }: { id: string }) {
  const styles = useStyles();
  return (
    <LibraryRecordPage
      id={id}
      read={(api) => api.call(topicRoutes.get, { params: { id } })}
      loadingLabel="Henter emnet …"
      headingId="topic-heading"
      className={styles.root}
      summary={() => 'Emne i klausulbiblioteket'}
    >
      {({ record: topic, etag, clauses, mayEdit }) => {
        const uses = clauses.filter((clause) => clause.topic === topic.key).length;
        return (
          <>
            <Text>
              {uses === 0 ? 'Ingen klausuler' : uses === 1 ? '1 klausul' : `${uses} klausuler`} handler om emnet.
            </Text>
            {mayEdit ? (
              <TopicForm topic={topic} etag={etag} />
            ) : (
              <ul className={styles.list} aria-label="Synonymer">
                {topic.synonyms.map((synonym) => (
                  <li key={synonym}>{synonym}</li>
                ))}
              </ul>
            )}
          </>
        );
      }}
    </LibraryRecordPage>
  );
}
