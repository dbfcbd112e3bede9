// A checklist's page: its phase, purpose and items; procurement edits them (text, guidance, the clause topic an
// item requires, order) and saves with the version read (If-Match).
import {
  Button,
  Field,
  Input,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';

import { checklistRoutes } from '@koberollen/shared/api/checklists.contract';
import { clauseRoutes } from '@koberollen/shared/api/clauses.contract';
import type { Checklist, ChecklistInput } from '@koberollen/shared/domain/checklist';
import { type Phase, PHASE_LABELS } from '@koberollen/shared/domain/phase';

import { useCan, useSession } from '../session/sessionContext';
import { useReportFirstData } from '../shell/firstData';
import { routeHref, useUnsavedGuard } from '../shell/route';
import { ErrorState, Loading } from '../shell/states';
import { useLoad } from '../shell/useLoad';
import { ChecklistItems } from './ChecklistItems';
import { PURPOSE_LABELS } from './labels';
import { keyed } from './reorder';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '880px' },
  pair: {
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))',
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'grid', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center' },
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

function ChecklistForm({ checklist, etag, topics }: { checklist: Checklist; etag?: string; topics: string[] }) {
  const styles = useStyles();
  const { api } = useSession();
  const [held, setHeld] = useState({ checklist, etag });
  const [draft, setDraft] = useState(() => draftOf(checklist));
  const [saving, setSaving] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<unknown>();
  const input = inputOf(draft);
  const dirty = JSON.stringify(input) !== JSON.stringify(inputOf(draftOf(held.checklist)));
  useUnsavedGuard(dirty);
  const set = (change: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...change }));
    setDone(false);
  };
  const missing = !input.name || input.items.some((item) => !item.text);
  const save = async () => {
    setSaving(true);
    setError(undefined);
    try {
      const answer = await api.call(checklistRoutes.replace, {
        params: { id: checklist.id },
        body: input,
        ifMatch: held.etag,
      });
      setHeld({ checklist: answer.data, etag: answer.etag });
      setDraft(draftOf(answer.data));
      setDone(true);
    } catch (failure) {
      setError(failure);
    } finally {
      setSaving(false);
    }
  };
  return (
    <form
      className={styles.root}
      aria-label="Rediger tjeklisten"
      onSubmit={(event) => {
        event.preventDefault();
        if (!missing) void save();
      }}
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
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabledFocusable={saving || !dirty || missing}>
          {saving ? 'Gemmer …' : 'Gem tjeklisten'}
        </Button>
        {missing && <span>Navn og teksten i hvert punkt skal udfyldes.</span>}
      </div>
      {done && (
        <MessageBar intent="success">
          <MessageBarBody>Tjeklisten er gemt.</MessageBarBody>
        </MessageBar>
      )}
      {error !== undefined && <ErrorState error={error} />}
    </form>
  );
}

export function ChecklistEditor({ id }: { id: string }) {
  const styles = useStyles();
  const { api } = useSession();
  const mayEdit = useCan('library');
  const loaded = useLoad(async () => {
    const [checklist, clauses] = await Promise.all([
      api.call(checklistRoutes.get, { params: { id } }),
      api.call(clauseRoutes.list, { query: { limit: 200 } }),
    ]);
    return { checklist, topics: [...new Set(clauses.data.items.map((c) => c.topic))].sort() };
  }, id);
  useReportFirstData(loaded.state === 'ready');
  const checklist = loaded.data?.checklist.data;
  useEffect(() => {
    if (checklist) document.title = `${checklist.name} – Køberollen`;
  }, [checklist]);
  if (loaded.state === 'error') return <ErrorState error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data || !checklist) return <Loading label="Henter tjeklisten …" />;
  return (
    <article className={styles.root} aria-labelledby="checklist-heading">
      <div>
        <Link href={routeHref('klausuler')}>Tilbage til biblioteket</Link>
        <Title3 as="h2" id="checklist-heading" block>
          {checklist.name}
        </Title3>
        <Text>
          Tjekliste · {PURPOSE_LABELS[checklist.purpose]} · {PHASE_LABELS[checklist.phase]}
        </Text>
      </div>
      {mayEdit ? (
        <ChecklistForm checklist={checklist} etag={loaded.data.checklist.etag} topics={loaded.data.topics} />
      ) : (
        <ol className={styles.list} aria-label="Punkter">
          {checklist.items.map((item) => (
            <li key={item.id}>
              <Text weight="semibold">{item.text}</Text>
              {item.requiresTopic && <Text> (kræver emnet {item.requiresTopic})</Text>}
              {item.guidance && <Text block>{item.guidance}</Text>}
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}
