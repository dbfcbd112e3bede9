// A contract template's page: its sections and their clauses in order; procurement edits them (sections added,
// removed, reordered, clauses marked mandatory) and saves with the version read (If-Match).
import {
  Button,
  Checkbox,
  Field,
  Input,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  Textarea,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';

import { clauseRoutes } from '@koberollen/shared/api/clauses.contract';
import { templateRoutes } from '@koberollen/shared/api/templates.contract';
import type { Template, TemplateInput } from '@koberollen/shared/domain/template';

import { useCan, useSession } from '../session/sessionContext';
import { useReportFirstData } from '../shell/firstData';
import { routeHref, useUnsavedGuard } from '../shell/route';
import { ErrorState, Loading } from '../shell/states';
import { useLoad } from '../shell/useLoad';
import { type Keyed, keyed } from './reorder';
import { type SectionDraft, TemplateSections } from './TemplateSections';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '960px' },
  pair: {
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))',
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center' },
});

interface Draft {
  name: string;
  description: string;
  retired: boolean;
  sections: Keyed<SectionDraft>[];
}

const draftOf = (template: Template): Draft => ({
  name: template.name,
  description: template.description,
  retired: template.status === 'retired',
  sections: template.sections.map((s) => keyed({ title: s.title, clauses: s.clauses.map((ref) => keyed(ref)) })),
});

function inputOf(template: Template, draft: Draft): TemplateInput {
  return {
    name: draft.name.trim(),
    description: draft.description.trim(),
    contractType: template.contractType,
    legalBasis: template.legalBasis,
    fields: template.fields,
    status: draft.retired ? 'retired' : 'active',
    sections: draft.sections.map((s) => ({
      title: s.value.title.trim(),
      clauses: s.value.clauses.map((c) => c.value),
    })),
  };
}

interface FormProps {
  template: Template;
  etag?: string;
  titles: Map<string, string>;
  addable: Map<string, string>;
}

function TemplateForm({ template, etag, titles, addable }: FormProps) {
  const styles = useStyles();
  const { api } = useSession();
  const [held, setHeld] = useState({ template, etag });
  const [draft, setDraft] = useState(() => draftOf(template));
  const [saving, setSaving] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<unknown>();
  const input = inputOf(held.template, draft);
  const dirty = JSON.stringify(input) !== JSON.stringify(inputOf(held.template, draftOf(held.template)));
  useUnsavedGuard(dirty);
  const set = (change: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...change }));
    setDone(false);
  };
  const missing = !input.name || input.sections.some((s) => !s.title);
  const save = async () => {
    setSaving(true);
    setError(undefined);
    try {
      const answer = await api.call(templateRoutes.replace, {
        params: { id: template.id },
        body: input,
        ifMatch: held.etag,
      });
      setHeld({ template: answer.data, etag: answer.etag });
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
      aria-label="Rediger skabelonen"
      onSubmit={(event) => {
        event.preventDefault();
        if (!missing) void save();
      }}
    >
      <div className={styles.pair}>
        <Field label="Navn" required>
          <Input value={draft.name} onChange={(_e, data) => set({ name: data.value })} />
        </Field>
        <Field label="Kontrakttype">
          <Input value={template.contractType} readOnly />
        </Field>
      </div>
      <Field label="Beskrivelse">
        <Textarea
          value={draft.description}
          onChange={(_e, data) => set({ description: data.value })}
          resize="vertical"
        />
      </Field>
      <Checkbox
        label="Skabelonen er udgået og tilbydes ikke i Word"
        checked={draft.retired}
        onChange={(_e, data) => set({ retired: !!data.checked })}
      />
      <Text>Flyt afsnit og klausuler med knapperne eller Alt+pil op/ned.</Text>
      <TemplateSections
        sections={draft.sections}
        titles={titles}
        addable={addable}
        onChange={(sections) => set({ sections })}
      />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabledFocusable={saving || !dirty || missing}>
          {saving ? 'Gemmer …' : 'Gem skabelonen'}
        </Button>
        {missing && <span>Navn og en overskrift på hvert afsnit skal udfyldes.</span>}
      </div>
      {done && (
        <MessageBar intent="success">
          <MessageBarBody>Skabelonen er gemt.</MessageBarBody>
        </MessageBar>
      )}
      {error !== undefined && <ErrorState error={error} />}
    </form>
  );
}

function TemplateView({ template, titles }: { template: Template; titles: Map<string, string> }) {
  const styles = useStyles();
  return (
    <ol className={styles.list} aria-label="Afsnit i skabelonen">
      {template.sections.map((section, i) => (
        <li key={i}>
          <Text weight="semibold">{section.title}</Text>
          <ol className={styles.list}>
            {section.clauses.map((ref) => (
              <li key={ref.clauseId}>
                <Link href={routeHref('klausuler', [ref.clauseId])}>{titles.get(ref.clauseId) ?? ref.clauseId}</Link>
                {ref.mandatory ? ' (obligatorisk)' : ''}
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}

export function TemplateEditor({ id }: { id: string }) {
  const styles = useStyles();
  const { api } = useSession();
  const mayEdit = useCan('library');
  const loaded = useLoad(async () => {
    const [template, clauses] = await Promise.all([
      api.call(templateRoutes.get, { params: { id } }),
      api.call(clauseRoutes.list, { query: { limit: 200 } }),
    ]);
    return { template, clauses: clauses.data.items };
  }, id);
  useReportFirstData(loaded.state === 'ready');
  const template = loaded.data?.template.data;
  useEffect(() => {
    if (template) document.title = `${template.name} – Køberollen`;
  }, [template]);
  if (loaded.state === 'error') return <ErrorState error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data || !template) return <Loading label="Henter skabelonen …" />;
  const { clauses } = loaded.data;
  const titles = new Map(clauses.map((c) => [c.id, c.title]));
  const addable = new Map(clauses.filter((c) => c.status !== 'retired').map((c) => [c.id, c.title]));
  return (
    <article className={styles.root} aria-labelledby="template-heading">
      <div>
        <Link href={routeHref('klausuler')}>Tilbage til biblioteket</Link>
        <Title3 as="h2" id="template-heading" block>
          {template.name}
        </Title3>
        <Text>
          Kontraktskabelon · {template.contractType} ·{' '}
          {template.legalBasis.map((basis) => `${basis.law} ${basis.section}`).join(', ')}
        </Text>
      </div>
      {mayEdit ? (
        <TemplateForm template={template} etag={loaded.data.template.etag} titles={titles} addable={addable} />
      ) : (
        <TemplateView template={template} titles={titles} />
      )}
    </article>
  );
}
