// A contract template's page: its sections and their clauses in order; procurement edits them (sections added,
// removed, reordered, clauses marked mandatory) and saves with the version read (If-Match).
import { Checkbox, Field, Input, Link, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components';

import { templateRoutes } from '@koberollen/shared/api/templates.contract';
import type { Template, TemplateInput } from '@koberollen/shared/domain/template';

import { routeHref } from '../shell/route';
import { DraftForm } from './DraftForm';
import { legalBasisText } from './labels';
import { LibraryRecordPage } from './LibraryRecordPage';
import { type Keyed, keyed } from './reorder';
import { type SectionDraft, TemplateSections } from './TemplateSections';
import { useDraftSave } from './useDraftSave';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '960px' },
  pair: {
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))',
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
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

function inputOf(draft: Draft, template: Template): TemplateInput {
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
  const form = useDraftSave({
    record: template,
    etag,
    draftOf,
    inputOf,
    replace: (api, body: TemplateInput, ifMatch) =>
      api.call(templateRoutes.replace, { params: { id: template.id }, body, ifMatch }),
    read: (api) => api.call(templateRoutes.get, { params: { id: template.id } }),
  });
  const { draft, input, set } = form;
  const missing = !input.name || input.sections.some((s) => !s.title);
  return (
    <DraftForm
      form={form}
      className={styles.root}
      label="Rediger skabelonen"
      missing={missing ? 'Navn og en overskrift på hvert afsnit skal udfyldes.' : undefined}
      saveLabel="Gem skabelonen"
      savedText="Skabelonen er gemt."
    >
      <div className={styles.pair}>
        <Field label="Navn" required>
          <Input value={draft.name} onChange={(_e, data) => set({ name: data.value })} />
        </Field>
        <Field label="Lovgrundlag">
          <Input value={legalBasisText(template)} readOnly />
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
    </DraftForm>
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
  return (
    <LibraryRecordPage
      id={id}
      read={(api) => api.call(templateRoutes.get, { params: { id } })}
      loadingLabel="Henter skabelonen …"
      headingId="template-heading"
      className={styles.root}
      summary={(template) => `Kontraktskabelon · ${legalBasisText(template)}`}
    >
      {({ record: template, etag, clauses, mayEdit }) => {
        const titles = new Map(clauses.map((c) => [c.id, c.title]));
        const addable = new Map(clauses.filter((c) => c.status !== 'retired').map((c) => [c.id, c.title]));
        return mayEdit ? (
          <TemplateForm template={template} etag={etag} titles={titles} addable={addable} />
        ) : (
          <TemplateView template={template} titles={titles} />
        );
      }}
    </LibraryRecordPage>
  );
}
