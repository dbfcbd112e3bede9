// Reads every published version of a clause or template, oldest first, for its history and comparison.
import type { clauseRoutes } from '@koberollen/shared/api/clauses.contract';
import type { ApiClient } from '@koberollen/shared/api/client';
import type { templateRoutes } from '@koberollen/shared/api/templates.contract';
import type { ClauseVersion } from '@koberollen/shared/domain/clause';
import type { TemplateVersion } from '@koberollen/shared/domain/template';

type VersionsRoute = typeof clauseRoutes.versions | typeof templateRoutes.versions;
type VersionOf<R> = R extends typeof clauseRoutes.versions ? ClauseVersion : TemplateVersion;

/** The loader of the record's versions through its `versions` route. */
export function readVersions<R extends VersionsRoute>(route: R, id: string) {
  return async (api: ApiClient): Promise<VersionOf<R>[]> => {
    const answer = await api.call<VersionsRoute>(route, { params: { id }, query: { limit: 200 } });
    return answer.data.items as VersionOf<R>[];
  };
}
