// The structured editor of a clause's working copy: title and topic, paragraphs with named fields, guidance for the
// case worker, recognition phrases and applicability; saved with the version it was read at (If-Match).
import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  Subtitle2,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';

import { clauseRoutes } from '@koberollen/shared/api/clauses.contract';
import type { Clause, FieldDefinition } from '@koberollen/shared/domain/clause';
import { useLoad } from '@koberollen/shared/ui/useLoad';

import { useSession } from '../session/sessionContext';
import { useUnsavedGuard } from '../shell/route';
import { StaleNotice } from '../shell/StaleNotice';
import { isStaleWrite } from '../shell/staleWrite';
import { ErrorState } from '../shell/states';
import { draftOf, inputOf, insertField, knownFields, shownText, storedText } from './clauseDraft';
import { ContractTypeChoice } from './ContractTypeChoice';
import { FieldPicker } from './FieldPicker';
import { type Caret, ParagraphList } from './ParagraphList';
import { updateKeyed } from './reorder';
import { useContractTypeNames } from './useContractTypeNames';
import { topicChoices, useTopicNames } from './useTopicNames';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '880px' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  pair: {
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))',
    alignItems: 'start',
    // A select as wide as its longest topic name would otherwise widen its column past the page.
    '& > *': { minWidth: 0 },
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center' },
});

interface Props {
  clause: Clause;
  etag: string | undefined;
  onSaved: (next: Clause, etag: string | undefined) => void;
  onCompare: () => void;
}

export function ClauseEditor({ clause, etag, onSaved, onCompare }: Props) {
  const styles = useStyles();
  const { api } = useSession();
  const [draft, setDraft] = useState(() => draftOf(clause));
  const [saved, setSaved] = useState(() => JSON.stringify(inputOf(draftOf(clause))));
  const [caret, setCaret] = useState<Caret>();
  const [saving, setSaving] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<unknown>();
  const [stale, setStale] = useState(false);
  const { topics, nameOf } = useTopicNames();
  const contractTypeNames = useContractTypeNames();
  const library = useLoad(() => api.call(clauseRoutes.list, { query: { limit: 200 } }), 'fields');
  const input = inputOf(draft);
  const dirty = JSON.stringify(input) !== saved;
  useUnsavedGuard(dirty);
  const known = knownFields([draft, ...(library.data?.data.items ?? [])]);
  const set = (change: Partial<typeof draft>) => {
    setDraft((current) => ({ ...current, ...change }));
    setDone(false);
    setStale(false);
  };
  const text = (field: 'title' | 'guidance' | 'recognitionPhrases' | 'paragraphCodes') => ({
    value: draft[field],
    onChange: (_e: unknown, data: { value: string }) => set({ [field]: data.value }),
  });
  const targetIndex = caret ? draft.paragraphs.findIndex((p) => p.key === caret.key) : -1;

  const insert = (field: FieldDefinition) => {
    const target = draft.paragraphs[targetIndex];
    if (!caret || !target) return;
    const withField = known.some((f) => f.key === field.key) ? known : [...known, field];
    const next = insertField(shownText(target.value, known), field, caret.at);
    set({
      paragraphs: updateKeyed(draft.paragraphs, target.key, () => storedText(next.text, withField)),
      fields: draft.fields.some((f) => f.key === field.key) ? draft.fields : [...draft.fields, field],
    });
    setCaret({ key: target.key, at: next.caret });
  };
  const save = async () => {
    setSaving(true);
    setError(undefined);
    setStale(false);
    try {
      const answer = await api.call(clauseRoutes.replace, { params: { id: clause.id }, body: input, ifMatch: etag });
      setSaved(JSON.stringify(input));
      setDone(true);
      onSaved(answer.data, answer.etag);
    } catch (failure) {
      if (isStaleWrite(failure)) await readAgain();
      else setError(failure);
    } finally {
      setSaving(false);
    }
  };
  /** After a save refused as stale: the stored working copy into the form, and the page holding it. */
  const readAgain = async () => {
    try {
      const stored = await api.call(clauseRoutes.get, { params: { id: clause.id } });
      setDraft(draftOf(stored.data));
      setSaved(JSON.stringify(inputOf(draftOf(stored.data))));
      setStale(true);
      onSaved(stored.data, stored.etag);
    } catch (failure) {
      setError(failure);
    }
  };
  const missing = !input.title || !input.topic || input.paragraphs.length === 0;

  return (
    <form
      className={styles.form}
      aria-label="Rediger klausulen"
      onSubmit={(event) => {
        event.preventDefault();
        if (!missing) void save();
      }}
    >
      <div className={styles.pair}>
        <Field label="Titel" required>
          <Input {...text('title')} />
        </Field>
        <Field label="Emne" hint="Emnerne og deres navne redigeres under Emner." required>
          <Select value={draft.topic} onChange={(_e, data) => set({ topic: data.value })}>
            {!draft.topic && <option value="">Vælg et emne</option>}
            {topicChoices([draft.topic, ...topics.map((t) => t.key)].filter(Boolean), nameOf).map(([key, name]) => (
              <option key={key} value={key}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <section className={styles.section} aria-labelledby="paragraphs-heading">
        <Subtitle2 as="h3" id="paragraphs-heading">
          Tekst
        </Subtitle2>
        <ParagraphList
          paragraphs={draft.paragraphs}
          fields={known}
          onChange={(paragraphs) => set({ paragraphs })}
          onCaret={setCaret}
        />
        <FieldPicker
          known={known}
          target={targetIndex >= 0 ? `afsnit ${targetIndex + 1}` : undefined}
          onInsert={insert}
        />
      </section>
      <Field label="Vejledning til sagsbehandleren" hint="Vises i Word ved klausulen, ikke i kontrakten.">
        <Textarea {...text('guidance')} resize="vertical" rows={4} />
      </Field>
      <Field
        label="Genkendelsesord"
        hint="Ord, der afslører emnet i en kontrakt, leverandøren har skrevet. Ét pr. linje."
      >
        <Textarea {...text('recognitionPhrases')} resize="vertical" rows={3} />
      </Field>
      <div className={styles.pair}>
        <ContractTypeChoice
          value={draft.contractTypes}
          onChange={(contractTypes) => set({ contractTypes })}
          names={contractTypeNames}
        />
        <Field label="Paragraffer" hint="Én pr. linje, fx SEL §107. Tom betyder alle.">
          <Textarea {...text('paragraphCodes')} resize="vertical" rows={3} />
        </Field>
      </div>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabledFocusable={saving || !dirty || missing}>
          {saving ? 'Gemmer …' : 'Gem arbejdskopien'}
        </Button>
        {missing && <span>Titel, emne og mindst ét afsnit skal udfyldes.</span>}
      </div>
      {done && (
        <MessageBar intent="success">
          <MessageBarBody>Arbejdskopien er gemt. Den bruges først i Word, når den er udgivet.</MessageBarBody>
          {clause.version > 0 && (
            <MessageBarActions>
              <Button onClick={onCompare}>Sammenlign med udgivet</Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {stale && <StaleNotice />}
      {error !== undefined && <ErrorState error={error} />}
    </form>
  );
}
