// A contract template's working copy, edited by procurement: name, contract type, description, whether Word still
// offers it, and its sections and their clauses in order; saved with the version read (If-Match), then published with
// a change note.
import { Checkbox, Field, Input, makeStyles, Subtitle2, Text, Textarea, tokens } from '@fluentui/react-components';

import { templateRoutes } from '@koberollen/shared/api/templates.contract';
import type { Template, TemplateInput } from '@koberollen/shared/domain/template';

import { useSession } from '../session/sessionContext';
import { ContractTypeSelect } from './ContractTypeChoice';
import { DraftForm } from './DraftForm';
import { legalBasisText } from './labels';
import { ACTION_BOX, PublishForm } from './PublishForm';
import { type Keyed, keyed } from './reorder';
import { type SectionDraft, TemplateSections } from './TemplateSections';
import type { ContractTypeNames } from './useContractTypeNames';
import { useDraftSave } from './useDraftSave';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  pair: {
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))',
  },
  publish: ACTION_BOX,
});

interface Draft {
  name: string;
  contractType: string;
  description: string;
  retired: boolean;
  sections: Keyed<SectionDraft>[];
}

const draftOf = (template: Template): Draft => ({
  name: template.name,
  contractType: template.contractType,
  description: template.description,
  retired: template.status === 'retired',
  sections: template.sections.map((s) => keyed({ title: s.title, clauses: s.clauses.map((ref) => keyed(ref)) })),
});

function inputOf(draft: Draft, template: Template): TemplateInput {
  return {
    name: draft.name.trim(),
    description: draft.description.trim(),
    contractType: draft.contractType,
    legalBasis: template.legalBasis,
    fields: template.fields,
    status: draft.retired ? 'retired' : 'active',
    sections: draft.sections.map((s) => ({
      title: s.value.title.trim(),
      clauses: s.value.clauses.map((c) => c.value),
    })),
  };
}

interface Props {
  template: Template;
  etag?: string;
  titles: Map<string, string>;
  addable: Map<string, string>;
  /** The library's contract types, one of which the template is for. */
  contractTypes: ContractTypeNames;
  /** The template after a save, a read after a refused save, or a publish. */
  onChanged: (template: Template, etag: string | undefined) => void;
}

export function TemplateForm({ template, etag, titles, addable, contractTypes, onChanged }: Props) {
  const styles = useStyles();
  const { api } = useSession();
  const form = useDraftSave({
    record: template,
    etag,
    draftOf,
    inputOf,
    replace: (client, body: TemplateInput, ifMatch) =>
      client.call(templateRoutes.replace, { params: { id: template.id }, body, ifMatch }),
    read: (client) => client.call(templateRoutes.get, { params: { id: template.id } }),
    onHeld: onChanged,
  });
  const { draft, input, set } = form;
  const missing = !input.name || input.sections.some((s) => !s.title);
  const publish = async (changeNote: string) => {
    const answer = await api.call(templateRoutes.publish, {
      params: { id: template.id },
      body: { changeNote },
      ifMatch: form.etag,
    });
    onChanged(answer.data, answer.etag);
  };
  return (
    <>
      <DraftForm
        form={form}
        className={styles.root}
        label="Rediger skabelonen"
        missing={missing ? 'Navn og en overskrift på hvert afsnit skal udfyldes.' : undefined}
        saveLabel="Gem skabelonen"
        savedText="Skabelonen er gemt som arbejdskopi. Word tilbyder den, når den er udgivet."
      >
        <div className={styles.pair}>
          <Field label="Navn" required>
            <Input value={draft.name} onChange={(_e, data) => set({ name: data.value })} />
          </Field>
          <ContractTypeSelect
            value={draft.contractType}
            onChange={(contractType) => set({ contractType })}
            names={contractTypes}
          />
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
      <section className={styles.publish} aria-labelledby="template-publish-heading">
        <Subtitle2 as="h3" id="template-publish-heading">
          Udgiv
        </Subtitle2>
        <PublishForm
          version={form.record.version}
          hasUnpublishedChanges={form.record.hasUnpublishedChanges}
          blocked={form.dirty ? 'Gem skabelonen, før du udgiver den.' : undefined}
          publish={publish}
        />
      </section>
    </>
  );
}
