// The library's contract types by their Danish names, each a link to its page, where procurement renames it;
// procurement adds one here, and it is in the list at once.
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { lazy, Suspense, useRef, useState } from 'react';

import type { ContractType } from '@koberollen/shared/domain/contractType';

import { useCan } from '../session/sessionContext';
import { Loading } from '../shell/states';
import { NamedRecordList } from './NamedRecordList';
import { useContractTypeNames } from './useContractTypeNames';

// The form brings the route's schema: loaded when procurement opens it, not with the library.
const NewContractTypeForm = lazy(() =>
  import('./NewContractTypeForm').then((m) => ({ default: m.NewContractTypeForm })),
);

function NewContractType({ contractTypes, onCreated }: { contractTypes: ContractType[]; onCreated: () => void }) {
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<string>();
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    // The form is gone: the focus goes back to the button that opened it.
    requestAnimationFrame(() => button.current?.focus());
  };
  if (open)
    return (
      <Suspense fallback={<Loading label="Henter formularen …" />}>
        <NewContractTypeForm
          contractTypes={contractTypes}
          onCancel={close}
          onCreated={(type) => {
            setCreated(type.name);
            onCreated();
            close();
          }}
        />
      </Suspense>
    );
  return (
    <>
      <div>
        <Button
          ref={button}
          onClick={() => {
            setCreated(undefined);
            setOpen(true);
          }}
        >
          Ny kontrakttype
        </Button>
      </div>
      {created && (
        <MessageBar intent="success">
          <MessageBarBody>»{created}« er oprettet og kan nu vælges på klausuler og skabeloner.</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

export function ContractTypeList() {
  const mayEdit = useCan('library');
  const { loaded, contractTypes } = useContractTypeNames();
  return (
    <NamedRecordList
      title="Kontrakttyper"
      headingId="contract-types-heading"
      intro="Kontrakttypen er den slags ydelse, en skabelon er til, og som en klausul gælder for. Navnet vises overalt, hvor kontrakttypen nævnes."
      actions={mayEdit && <NewContractType contractTypes={contractTypes} onCreated={loaded.reload} />}
      loaded={loaded}
      loadingLabel="Henter kontrakttyper …"
      emptyText="Ingen kontrakttyper endnu."
      segment="kontrakttyper"
      records={contractTypes}
    />
  );
}
