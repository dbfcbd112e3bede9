// Procurement adds a contract type by its Danish name: the name is checked before it is sent (empty, too long, in
// use), and the key templates and clauses name it by is derived from the name, so no person writes one.
import { Button, Field, Input, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';

import { ApiError } from '@koberollen/shared/api/apiError';
import type { ApiClient } from '@koberollen/shared/api/client';
import { contractTypeRoutes } from '@koberollen/shared/api/contractTypes.contract';
import type { ContractType } from '@koberollen/shared/domain/contractType';
import { contractTypeNameProblem, keyFromName } from '@koberollen/shared/rules/newContractType';

import { useSession } from '../session/sessionContext';
import { ErrorState } from '../shell/states';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    maxWidth: '560px',
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  heading: { margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

/** Tries for a free key when another user took the derived one in the meantime. */
const KEY_TRIES = 3;

/**
 * Creates the contract type under the key derived from its name; when another user took that key in the meantime
 * (409 on the key), under the next free one.
 */
async function createWithFreeKey(api: ApiClient, name: string, taken: string[]): Promise<ContractType> {
  for (let attempt = 1; ; attempt += 1) {
    const key = keyFromName(name, taken);
    try {
      return (await api.call(contractTypeRoutes.create, { body: { key, name } })).data;
    } catch (failure) {
      const keyTaken = failure instanceof ApiError && failure.status === 409 && failure.fields.key !== undefined;
      if (!keyTaken || attempt >= KEY_TRIES) throw failure;
      taken.push(key);
    }
  }
}

interface Props {
  /** The library's contract types: their names may not be reused, nor their keys. */
  contractTypes: readonly ContractType[];
  onCreated: (created: ContractType) => void;
  onCancel: () => void;
}

export function NewContractTypeForm({ contractTypes, onCreated, onCancel }: Props) {
  const styles = useStyles();
  const { api } = useSession();
  const input = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  useEffect(() => input.current?.focus(), []);
  const problem = contractTypeNameProblem(name, contractTypes);
  // An empty name is pointed out once the person tries to create it; a name in use or too long as it is written.
  const shown = tried || name.trim() ? problem : undefined;
  const serverProblem = error instanceof ApiError ? error.fields.name : undefined;

  const create = () => {
    setSaving(true);
    setError(undefined);
    const taken = contractTypes.map((type) => type.key);
    createWithFreeKey(api, name.trim(), taken).then(onCreated, (failure: unknown) => {
      setError(failure);
      setSaving(false);
    });
  };

  return (
    <form
      className={styles.root}
      aria-labelledby="new-contract-type-heading"
      // The name is checked here, in Danish and on the field, not by the browser in its own words.
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (problem) input.current?.focus();
        else if (!saving) create();
      }}
    >
      <Subtitle2 as="h4" id="new-contract-type-heading" className={styles.heading}>
        Ny kontrakttype
      </Subtitle2>
      <Field
        label="Navn"
        required
        hint="Fx »Aflastning (§ 84)«. Navnet vises, hvor kontrakttypen nævnes, og kan ændres senere."
        validationMessage={shown ?? serverProblem}
        validationState={shown || serverProblem ? 'error' : 'none'}
      >
        <Input
          ref={input}
          value={name}
          onChange={(_e, data) => {
            setName(data.value);
            setError(undefined);
          }}
        />
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabledFocusable={saving}>
          {saving ? 'Opretter …' : 'Opret kontrakttypen'}
        </Button>
        <Button type="button" onClick={onCancel} disabled={saving}>
          Annuller
        </Button>
      </div>
      {error !== undefined && !serverProblem && <ErrorState error={error} />}
    </form>
  );
}
