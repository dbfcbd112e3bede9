// A contract type's page: its Danish name and the clauses and templates that use it; procurement renames it and saves
// with the version read (If-Match). The key stays: templates and clauses refer to it.
import { Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';

import { contractTypeRoutes } from '@koberollen/shared/api/contractTypes.contract';
import type { ContractType, ContractTypeInput } from '@koberollen/shared/domain/contractType';

import { DraftForm } from './DraftForm';
import { LibraryRecordPage } from './LibraryRecordPage';
import { useDraftSave } from './useDraftSave';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '720px' },
});

const draftOf = (contractType: ContractType) => ({ name: contractType.name });
type Draft = ReturnType<typeof draftOf>;

const inputOf = (draft: Draft, contractType: ContractType): ContractTypeInput => ({
  key: contractType.key,
  name: draft.name.trim(),
});

function ContractTypeForm({ contractType, etag }: { contractType: ContractType; etag?: string }) {
  const styles = useStyles();
  const form = useDraftSave({
    record: contractType,
    etag,
    draftOf,
    inputOf,
    replace: (api, body: ContractTypeInput, ifMatch) =>
      api.call(contractTypeRoutes.replace, { params: { id: contractType.id }, body, ifMatch }),
    read: (api) => api.call(contractTypeRoutes.get, { params: { id: contractType.id } }),
  });
  const { draft, input, set } = form;
  return (
    <DraftForm
      form={form}
      className={styles.root}
      label="Omdøb kontrakttypen"
      missing={input.name ? undefined : 'Navnet skal udfyldes.'}
      saveLabel="Gem navnet"
      savedText="Navnet er gemt og vises nu overalt, hvor kontrakttypen nævnes."
    >
      <Field label="Navn" required>
        <Input value={draft.name} onChange={(_e, data) => set({ name: data.value })} />
      </Field>
    </DraftForm>
  );
}

const clauseCount = (count: number) =>
  count === 0
    ? 'Ingen klausuler er begrænset til kontrakttypen.'
    : count === 1
      ? '1 klausul er begrænset til kontrakttypen.'
      : `${count} klausuler er begrænset til kontrakttypen.`;

export function ContractTypeEditor({ id }: { id: string }) {
  const styles = useStyles();
  return (
    <LibraryRecordPage
      id={id}
      read={(api) => api.call(contractTypeRoutes.get, { params: { id } })}
      loadingLabel="Henter kontrakttypen …"
      headingId="contract-type-heading"
      className={styles.root}
      summary={() => 'Kontrakttype i klausulbiblioteket'}
    >
      {({ record: contractType, etag, clauses, mayEdit }) => (
        <>
          <Text>
            {clauseCount(clauses.filter((c) => c.applicability.contractTypes.includes(contractType.key)).length)}
          </Text>
          {mayEdit && <ContractTypeForm contractType={contractType} etag={etag} />}
        </>
      )}
    </LibraryRecordPage>
  );
}
