// Handlers for a standard resource (list, create, read, replace, delete): records, audit, ETags and index upkeep.
import { randomUUID } from 'node:crypto';

import type { z } from 'zod';

import type { deleteRoute, resourceRoutes } from '@koberollen/shared/api/resource.contract';
import type { User } from '@koberollen/shared/domain/user';
import { NotFoundError } from '@koberollen/shared/errors';
import { isoDateOf } from '@koberollen/shared/rules/dates';

import { declare, type FunctionDeclaration, type LoadScope } from '../http/declare';
import { created, noContent, ok, okDocument, okPage } from '../http/responses';
import { auditOp, createdStamp, updatedStamp } from '../records/audit';
import { writeAgainOnShared } from '../records/writeAgain';
import type { Services } from '../services';
import type { DocKind, Filter, IndexFields, StoredDoc, WriteOp } from '../store/types';

type Stamped = { id: string; createdAt: string; createdBy: { userId: string; name: string } };

export interface ResourceSpec<I extends z.ZodObject, E extends Stamped, Q> {
  /** Function name prefix, e.g. `providers`. */
  name: string;
  kind: DocKind;
  /** Danish noun with article for messages, e.g. `Leverandøren`. */
  noun: string;
  /** The standard routes, plus `remove` when the resource offers a plain DELETE. */
  routes: ReturnType<typeof resourceRoutes<I, z.ZodType, z.ZodRawShape, z.ZodRawShape>> & {
    remove?: ReturnType<typeof deleteRoute>;
  };
  input: I;
  /** Names of the server-owned fields (kept from the stored record on replace). */
  serverFields: z.ZodRawShape;
  /** Index projection for filtering and ordering. */
  index: (entity: E) => IndexFields;
  /** The store filters of a list query; `today` is the API's day, for filters relative to it. */
  filters: (query: Q, today: string) => Filter[];
  /** The index field a list is ordered by: fixed, or chosen by the query. */
  orderBy?: string | ((query: Q) => string);
  /** Short text naming the record in audit summaries. */
  describe: (entity: E) => string;
  /** Server-owned fields of a new record besides id and stamps. */
  initial: (input: z.infer<I>) => Omit<E, keyof z.infer<I> | keyof Stamped | 'updatedAt' | 'updatedBy'>;
  /** Recomputes derived server-owned fields and checks references; may throw domain errors. */
  prepare?: (entity: E, services: Services, user: User) => Promise<E>;
  /** Further operations written atomically with the record (e.g. a contract's milestones); `existing` on a replace. */
  companions?: (entity: E, services: Services, user: User, existing?: E) => Promise<WriteOp[]>;
}

/** Reads one record of the user's tenant or throws 404 (another tenant's ids are simply not found). */
export async function readOwn<E>(services: Services, user: User, kind: DocKind, id: string, noun: string) {
  const doc = await services.store.get<E>(user.tenantId, kind, id);
  if (!doc) throw new NotFoundError(`${noun} findes ikke.`);
  return doc;
}

/**
 * A loader (see `Loader`) of the tenant's record of a kind named by the path's `id`, or by `fixedId` for a record
 * every tenant has one of (the settings).
 */
export function ownRecord<E>(kind: DocKind, noun: string, fixedId?: string) {
  return ({ params, user, services }: LoadScope<{ id: string } | undefined>): Promise<StoredDoc<E>> =>
    readOwn<E>(services, user, kind, fixedId ?? params?.id ?? '', noun);
}

/** Paging parameters every list takes. */
export interface Paging {
  limit: number;
  continuationToken?: string;
}

/** Answers one page of the user's tenant's records of a kind, matching the filters, in the given order. */
export async function answerPage(
  services: Services,
  user: User,
  kind: DocKind,
  query: { filters: Filter[]; orderBy?: string },
  paging: Paging,
) {
  const { limit, continuationToken } = paging;
  return okPage(await services.store.list(user.tenantId, kind, { ...query, limit, continuationToken }));
}

/** Builds the stored record from input, keeping the existing record's server-owned fields. */
function compose<E>(existing: Record<string, unknown>, serverFields: z.ZodRawShape, input: object, stamps: object): E {
  const kept = Object.fromEntries(
    Object.keys(serverFields)
      .filter((k) => k in existing)
      .map((k) => [k, existing[k]]),
  );
  return { ...kept, ...input, ...stamps } as E;
}

export function resourceFunctions<I extends z.ZodObject, E extends Stamped, Q>(
  spec: ResourceSpec<I, E, Q>,
): FunctionDeclaration[] {
  const { routes, kind, noun } = spec;
  const location = (id: string) => `${routes.list.path}/${id}`;
  const prepare = (entity: E, services: Services, user: User) =>
    spec.prepare ? spec.prepare(entity, services, user) : Promise.resolve(entity);
  const companions = (entity: E, services: Services, user: User, existing?: E) =>
    spec.companions ? spec.companions(entity, services, user, existing) : Promise.resolve([]);

  const list = declare(`${spec.name}-list`, routes.list, async ({ query, user, services }) => {
    const { limit, continuationToken, ...filters } = query as unknown as Paging;
    const values = filters as Q;
    const orderBy = typeof spec.orderBy === 'function' ? spec.orderBy(values) : spec.orderBy;
    const today = isoDateOf(services.now());
    return answerPage(
      services,
      user,
      kind,
      { filters: spec.filters(values, today), orderBy },
      { limit, continuationToken },
    );
  });

  const get = declare(`${spec.name}-get`, routes.get, async ({ params, user, services }) => {
    const doc = await readOwn<E>(services, user, kind, params.id, noun);
    return okDocument(doc);
  });

  const create = declare(`${spec.name}-create`, routes.create, async ({ body, user, services }) => {
    const input = spec.input.parse(body);
    const id = randomUUID();
    const draft = { ...spec.initial(input), ...input, id, ...createdStamp(user, services.now()) } as unknown as E;
    const entity = await prepare(draft, services, user);
    // The id is new: a conflict is on a document kept in step with the record.
    const written = await writeAgainOnShared(
      services.store,
      user.tenantId,
      async () => [
        { op: 'create', kind, id, body: entity, index: spec.index(entity) },
        ...(await companions(entity, services, user)),
        auditOp(user, services.now(), {
          action: 'create',
          entityKind: kind,
          entityId: id,
          summary: `Oprettet: ${spec.describe(entity)}`,
        }),
      ],
      async () => !(await services.store.get(user.tenantId, kind, id)),
    );
    return created(entity, location(id), written[0]!.etag);
  });

  const own = ownRecord<E>(kind, noun);
  const replace = declare(`${spec.name}-replace`, routes.replace, own, async (call) => {
    const { params, body, user, ifMatch, record: existing, services } = call;
    const input = spec.input.parse(body);
    const now = services.now();
    const draft = compose<E>(existing.body, spec.serverFields, input, {
      id: params.id,
      ...updatedStamp(existing.body, user, now),
    });
    const entity = await prepare(draft, services, user);
    const written = await writeAgainOnShared(
      services.store,
      user.tenantId,
      async () => [
        { op: 'replace', kind, id: params.id, body: entity, index: spec.index(entity), ifMatch },
        ...(await companions(entity, services, user, existing.body)),
        auditOp(user, now, {
          action: 'update',
          entityKind: kind,
          entityId: params.id,
          summary: `Ændret: ${spec.describe(entity)}`,
        }),
      ],
      async () => (await services.store.get(user.tenantId, kind, params.id))?.etag === ifMatch,
    );
    return ok(entity, written[0]!.etag);
  });

  const removeRoute = routes.remove;
  const remove =
    removeRoute &&
    declare(`${spec.name}-delete`, removeRoute, own, async ({ params, user, ifMatch, record: existing, services }) => {
      await services.store.write(user.tenantId, [
        { op: 'delete', kind, id: params.id, ifMatch },
        auditOp(user, services.now(), {
          action: 'delete',
          entityKind: kind,
          entityId: params.id,
          summary: `Slettet: ${spec.describe(existing.body)}`,
        }),
      ]);
      return noContent();
    });

  return remove ? [list, create, get, replace, remove] : [list, create, get, replace];
}
