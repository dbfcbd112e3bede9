// Handlers of a versioned library record (clause, template): publish the working copy as its next immutable version,
// audited in the same write; list its versions; read one; and whether the working copy differs from the published.
import type { versionRoutes } from '@koberollen/shared/api/versions.contract';
import type { UserRef } from '@koberollen/shared/domain/common';
import { NotFoundError, RuleViolationError } from '@koberollen/shared/errors';

import { declare, type FunctionDeclaration } from '../http/declare';
import { ok } from '../http/responses';
import { versionDocId } from '../indexes/versionId';
import { auditOp, updatedStamp, userRef } from '../records/audit';
import type { Services } from '../services';
import type { DocKind, Filter, IndexFields } from '../store/types';
import { answerPage, ownRecord } from './resource';

type Versioned = {
  id: string;
  version: number;
  hasUnpublishedChanges: boolean;
  publishedAt?: string;
  createdAt: string;
  createdBy: UserRef;
  updatedAt: string;
  updatedBy: UserRef;
};

/** What a published version records besides the content. */
export interface PublishedMeta {
  version: number;
  changeNote: string;
  publishedAt: string;
  publishedBy: UserRef;
}

export interface VersionedKind<R extends Versioned, V> {
  /** Function name prefix, e.g. `clauses`. */
  name: string;
  kind: DocKind;
  versionKind: DocKind;
  /** Danish noun with article for messages, e.g. `Klausulen`. */
  noun: string;
  routes: ReturnType<typeof versionRoutes>;
  /** The content procurement edits, in schema order, so a record and a version compare as JSON. */
  content: (record: R | V) => string;
  versionOf: (record: R, meta: PublishedMeta) => V;
  /** The record once published, e.g. a clause's status `published`. */
  published: (record: R) => R;
  /** Throws when the record may not be published (e.g. a retired clause). */
  mayPublish?: (record: R) => void;
  index: (record: R) => IndexFields;
  versionIndex: (version: V) => IndexFields;
  /** The store filter of one record's versions and the index field ordering them by number. */
  versionsOf: (recordId: string) => { filters: Filter[]; orderBy: string };
  title: (record: R) => string;
}

/** Whether the working copy differs from its latest published version (always, before the first publish). */
export async function differsFromPublished<R extends Versioned, V>(
  spec: VersionedKind<R, V>,
  record: R,
  services: Services,
  tenantId: string,
): Promise<boolean> {
  if (record.version === 0) return true;
  const latest = await services.store.get<V>(tenantId, spec.versionKind, versionDocId(record.id, record.version));
  return !latest || spec.content(latest.body) !== spec.content(record);
}

/** Publish, list versions and read one version, for one kind of versioned record. */
export function versionFunctions<R extends Versioned, V>(spec: VersionedKind<R, V>): FunctionDeclaration[] {
  const { routes, noun } = spec;
  const own = ownRecord<R>(spec.kind, noun);

  const publish = declare(`${spec.name}-publish`, routes.publish, own, async (call) => {
    const { body, user, ifMatch, record: existing, services } = call;
    const current = existing.body;
    spec.mayPublish?.(current);
    if (!current.hasUnpublishedChanges) {
      throw new RuleViolationError(`${noun} er ikke ændret siden seneste udgivelse; der er intet at udgive.`);
    }
    const now = services.now();
    const at = now.toISOString();
    const version = current.version + 1;
    const meta = { version, changeNote: body.changeNote, publishedAt: at, publishedBy: userRef(user) };
    const record = spec.versionOf(current, meta);
    const next: R = spec.published({
      ...current,
      ...updatedStamp(current, user, now),
      version,
      hasUnpublishedChanges: false,
      publishedAt: at,
    });
    const [written] = await services.store.write(user.tenantId, [
      { op: 'replace', kind: spec.kind, id: next.id, body: next, index: spec.index(next), ifMatch },
      {
        op: 'create',
        kind: spec.versionKind,
        id: versionDocId(next.id, version),
        body: record,
        index: spec.versionIndex(record),
      },
      auditOp(user, now, {
        action: 'publish',
        entityKind: spec.kind,
        entityId: next.id,
        summary: `Udgivet som version ${version}: ${spec.title(next)}. Ændringsnote: ${body.changeNote}`,
      }),
    ]);
    return ok(next, written!.etag);
  });

  const list = declare(`${spec.name}-versions`, routes.versions, own, async ({ params, query, user, services }) =>
    answerPage(services, user, spec.versionKind, spec.versionsOf(params.id), query),
  );

  const get = declare(`${spec.name}-version`, routes.version, async ({ params, user, services }) => {
    const doc = await services.store.get<V>(user.tenantId, spec.versionKind, versionDocId(params.id, params.version));
    if (!doc) throw new NotFoundError(`${noun} findes ikke i version ${params.version}.`);
    return ok(doc.body);
  });

  return [publish, list, get];
}
