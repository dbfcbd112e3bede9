// Brings a demo municipality's library up to the current demo content. A clause whose content differs is published as
// a new version: earlier versions stay, and so do the contracts built from them. A clause new to the content is
// published as version 1; templates take the current content as their next version, checklists take it as it is. A clause the municipality has changed
// itself (unpublished edits, retired, or a version someone else published) is left as it is and named. A second run
// finds nothing to change.
import { type Checklist, ChecklistInput } from '@koberollen/shared/domain/checklist';
import { type Clause, ClauseInput, type ClauseVersion } from '@koberollen/shared/domain/clause';
import { type Template, TemplateInput, type TemplateVersion } from '@koberollen/shared/domain/template';
import { clauseTextHash } from '@koberollen/shared/rules/textHash';

import { checklistIndex } from '../indexes/checklist';
import { clauseIndex } from '../indexes/clause';
import { clauseVersionId, clauseVersionIndex } from '../indexes/clauseVersion';
import { templateIndex } from '../indexes/template';
import { templateVersionId, templateVersionIndex } from '../indexes/templateVersion';
import { systemUser, userRef } from '../records/audit';
import { seedContext } from '../seed/context';
import { buildLibrary, firstTemplateVersion, type Library, LIBRARY_AUTHOR } from '../seed/library';
import type { Repository, WriteOp } from '../store/types';

/** Why the new versions were published, as the clause history shows it. */
export const UPGRADE_NOTE =
  'Rettet ved den juridiske gennemgang af biblioteket: teksten følger nu lovens ordlyd, og vejledningen nævner reglen.';
const ADDED_NOTE = 'Ny klausul fra den juridiske gennemgang af biblioteket.';
const UPGRADE_TEMPLATE_NOTE = 'Opdateret til bibliotekets nuværende indhold.';

export interface LibraryUpgrade {
  /** Clauses published as a new version. */
  published: number;
  /** Clauses new to the library, published as version 1. */
  added: number;
  templates: number;
  checklists: number;
  /** Clauses the municipality has changed itself, left as they are: their titles. */
  kept: string[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function versionOps(clause: Clause, record: ClauseVersion, ifMatch?: string): WriteOp[] {
  return [
    {
      op: ifMatch ? 'replace' : 'upsert',
      kind: 'clause',
      id: clause.id,
      body: clause,
      index: clauseIndex(clause),
      ifMatch,
    },
    {
      op: 'create',
      kind: 'clauseVersion',
      id: clauseVersionId(clause.id, record.version),
      body: record,
      index: clauseVersionIndex(record),
    },
  ];
}

/** Whether the clause's latest version is the demo library's own, so publishing over it changes no one's work. */
async function isDemoOwn(store: Repository, tenantId: string, current: Clause): Promise<boolean> {
  if (current.status !== 'published' || current.hasUnpublishedChanges) return false;
  const latest = await store.get<ClauseVersion>(
    tenantId,
    'clauseVersion',
    clauseVersionId(current.id, current.version),
  );
  const by = latest?.body.publishedBy.userId;
  // The demo library's first edition, or a version an earlier upgrade published; a later one is the municipality's.
  return (by === LIBRARY_AUTHOR.userId && current.version === 1) || by === systemUser(tenantId).userId;
}

/** Operations that publish the content as each clause's next version (or first, for a clause new to the content). */
async function clauseOps(store: Repository, tenantId: string, library: Library, now: Date, result: LibraryUpgrade) {
  const at = now.toISOString();
  const by = userRef(systemUser(tenantId));
  const ops: WriteOp[] = [];
  for (const seeded of library.clauses) {
    const content = ClauseInput.parse(seeded);
    const stored = await store.get<Clause>(tenantId, 'clause', seeded.id);
    if (stored && same(ClauseInput.parse(stored.body), content)) continue;
    if (stored && !(await isDemoOwn(store, tenantId, stored.body))) {
      result.kept.push(stored.body.title);
      continue;
    }
    const version = (stored?.body.version ?? 0) + 1;
    const record: ClauseVersion = {
      ...content,
      clauseId: seeded.id,
      version,
      changeNote: stored ? UPGRADE_NOTE : ADDED_NOTE,
      textHash: clauseTextHash(content.paragraphs),
      publishedAt: at,
      publishedBy: by,
    };
    const base = stored?.body ?? { ...seeded, createdAt: at, createdBy: by };
    const clause: Clause = { ...base, ...content, version, publishedAt: at, updatedAt: at, updatedBy: by };
    ops.push(...versionOps(clause, record, stored?.etag));
    if (stored) result.published += 1;
    else result.added += 1;
  }
  return ops;
}

/** Templates and checklists whose content differs from the current demo content take it, keeping id and creation. */
async function contentOps(store: Repository, tenantId: string, library: Library, now: Date, result: LibraryUpgrade) {
  const stamp = { updatedAt: now.toISOString(), updatedBy: userRef(systemUser(tenantId)) };
  const ops: WriteOp[] = [];
  for (const seeded of library.templates) {
    const stored = await store.get<Template>(tenantId, 'template', seeded.id);
    if (stored && same(TemplateInput.parse(stored.body), TemplateInput.parse(seeded))) continue;
    // The current content is published as the template's next version, so Word offers it and the history says why.
    const version = stored ? stored.body.version + 1 : 1;
    const published = { version, hasUnpublishedChanges: false, publishedAt: stamp.updatedAt };
    const body: Template = stored ? { ...stored.body, ...TemplateInput.parse(seeded), ...stamp, ...published } : seeded;
    const record: TemplateVersion = {
      ...firstTemplateVersion(body),
      version,
      ...(stored && { changeNote: UPGRADE_TEMPLATE_NOTE, publishedAt: stamp.updatedAt, publishedBy: stamp.updatedBy }),
    };
    ops.push(
      { op: 'upsert', kind: 'template', id: body.id, body, index: templateIndex(body) },
      {
        op: 'upsert',
        kind: 'templateVersion',
        id: templateVersionId(body.id, version),
        body: record,
        index: templateVersionIndex(record),
      },
    );
    result.templates += 1;
  }
  for (const seeded of library.checklists) {
    const stored = await store.get<Checklist>(tenantId, 'checklist', seeded.id);
    if (stored && same(ChecklistInput.parse(stored.body), ChecklistInput.parse(seeded))) continue;
    const body: Checklist = stored ? { ...stored.body, ...ChecklistInput.parse(seeded), ...stamp } : seeded;
    ops.push({ op: 'upsert', kind: 'checklist', id: body.id, body, index: checklistIndex(body) });
    result.checklists += 1;
  }
  return ops;
}

/** The operations that bring a tenant's demo library up to date, and what they do; undefined without one. */
export async function libraryUpgradeOps(
  store: Repository,
  tenantId: string,
  now: Date,
): Promise<{ ops: WriteOp[]; result: LibraryUpgrade } | undefined> {
  const result: LibraryUpgrade = { published: 0, added: 0, templates: 0, checklists: 0, kept: [] };
  const library = buildLibrary(seedContext(tenantId, now));
  const [first] = library.clauses;
  if (!first || !(await store.get(tenantId, 'clause', first.id))) return undefined;
  const ops = [
    ...(await clauseOps(store, tenantId, library, now, result)),
    ...(await contentOps(store, tenantId, library, now, result)),
  ];
  return { ops, result };
}
