// Before a published clause is retired: the templates that use it, and its successor to offer in their documents,
// chosen among the other published clauses on the same topic (the most recently changed preselected).
import { Field, Link, Select, Spinner, Text } from '@fluentui/react-components';
import { useEffect } from 'react';

import { clauseRoutes } from '@koberollen/shared/api/clauses.contract';
import { templateRoutes } from '@koberollen/shared/api/templates.contract';
import type { Clause } from '@koberollen/shared/domain/clause';
import { useLoad } from '@koberollen/shared/ui/useLoad';

import { useSession } from '../session/sessionContext';
import { routeHref } from '../shell/route';
import { ErrorState } from '../shell/states';

interface Props {
  clause: Clause;
  successorId: string;
  onSuccessor: (id: string) => void;
}

export function RetireImpact({ clause, successorId, onSuccessor }: Props) {
  const { api } = useSession();
  const loaded = useLoad(async () => {
    const [templates, sameTopic] = await Promise.all([
      api.call(templateRoutes.list, { query: { clauseId: clause.id, limit: 100 } }),
      api.call(clauseRoutes.list, { query: { topic: clause.topic, status: 'published', limit: 100 } }),
    ]);
    const candidates = sameTopic.data.items
      .filter((other) => other.id !== clause.id)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return { templates: templates.data.items, candidates };
  }, clause.id);
  const first = loaded.data?.candidates[0]?.id;
  useEffect(() => {
    if (first && !successorId) onSuccessor(first);
    // Only the first answer preselects; the user's choice stays.
  }, [first]);
  if (loaded.state === 'error') return <ErrorState error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Spinner size="tiny" label="Finder skabeloner, der bruger klausulen …" />;
  const { templates, candidates } = loaded.data;
  return (
    <>
      {templates.length === 0 ? (
        <Text>Ingen skabeloner bruger klausulen.</Text>
      ) : (
        <div role="alert">
          <Text weight="semibold">
            {templates.length === 1 ? '1 skabelon bruger klausulen' : `${templates.length} skabeloner bruger klausulen`}
            . Ret {templates.length === 1 ? 'den' : 'dem'}, så nye kontrakter ikke bygges med en udgået klausul:
          </Text>
          <ul aria-label="Skabeloner, der bruger klausulen">
            {templates.map((template) => (
              <li key={template.id}>
                <Link href={routeHref('klausuler', ['skabeloner', template.id])}>{template.name}</Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      <Field
        label="Efterfølger"
        hint="Den klausul, sagsbehandlerne får tilbudt i stedet, når gennemgangen finder den udgåede klausul."
      >
        <Select value={successorId} onChange={(_e, data) => onSuccessor(data.value)}>
          <option value="">Ingen efterfølger</option>
          {candidates.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.title}
            </option>
          ))}
        </Select>
      </Field>
    </>
  );
}
