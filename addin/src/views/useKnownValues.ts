// The field values the municipality, linked case, provider and contract hold, written the way each field reads.
import { useMemo } from 'react';

import { renderFieldValues } from '@koberollen/shared/rules/clauseText';
import { isoDateOf } from '@koberollen/shared/rules/dates';
import { knownFieldValues } from '@koberollen/shared/rules/knownFieldValues';

import type { LoadedLibrary } from '../library/libraryStore';
import { useWorkspace } from '../workspaceContext';
import type { Linked } from './linkedCase';

/** Values by field key, rendered by the library's field definitions (templates' first, then clauses'). */
export function useKnownValues(linked: Linked, loaded: LoadedLibrary): Record<string, string> {
  const { session } = useWorkspace();
  const { library } = loaded;
  return useMemo(() => {
    const values = knownFieldValues({
      municipalityName: session.user.tenantName,
      case: linked.case,
      provider: linked.provider,
      contract: linked.contract,
      today: isoDateOf(new Date()),
    });
    const fields = [
      ...library.templates.flatMap((template) => template.fields),
      ...library.versions.flatMap((version) => version.fields),
    ];
    return renderFieldValues(values, fields);
  }, [session.user.tenantName, linked.case, linked.provider, linked.contract, library]);
}
