// The clause library as the pane holds it: published clauses with their published texts, templates and checklists.
import type { Checklist } from '@koberollen/shared/domain/checklist';
import type { Clause, ClauseVersion } from '@koberollen/shared/domain/clause';
import type { Template } from '@koberollen/shared/domain/template';
import type { Topic } from '@koberollen/shared/domain/topic';
import type { ClauseLibraryEntry } from '@koberollen/shared/rules/documentReview';
import { clauseTextHash } from '@koberollen/shared/rules/textHash';

export interface Library {
  /** Published clauses as they are now (their latest published version number in `version`). */
  clauses: Clause[];
  /** Retired clauses, so a document holding one is told so (a copy cached before they were kept has none). */
  retired: Clause[];
  /** Published versions the pane knows: every clause's latest, and older ones documents refer to. */
  versions: ClauseVersion[];
  templates: Template[];
  checklists: Checklist[];
  /** Topics with their Danish names and synonyms (a copy cached before topics were kept has none). */
  topics: Topic[];
  /** When the library was fetched from the API (ISO timestamp). */
  fetchedAt: string;
}

/** A clause's latest published version, read off the clause itself when it has no unpublished changes. */
export function versionOfClause(clause: Clause): ClauseVersion {
  return {
    clauseId: clause.id,
    version: clause.version,
    title: clause.title,
    topic: clause.topic,
    paragraphs: clause.paragraphs,
    fields: clause.fields,
    guidance: clause.guidance,
    recognitionPhrases: clause.recognitionPhrases,
    applicability: clause.applicability,
    changeNote: '',
    textHash: clauseTextHash(clause.paragraphs),
    publishedAt: clause.publishedAt ?? clause.updatedAt,
    publishedBy: clause.updatedBy,
  };
}

/** Lookups over a library. */
export interface LibraryIndex {
  clause(clauseId: string): Clause | undefined;
  /** A published version; without a number, the latest. */
  version(clauseId: string, version?: number): ClauseVersion | undefined;
  template(templateId: string): Template | undefined;
  /** The review rule's view of the library. */
  entries: ReadonlyMap<string, ClauseLibraryEntry>;
}

export function indexLibrary(library: Library): LibraryIndex {
  const clauses = new Map(library.clauses.map((clause) => [clause.id, clause]));
  const versions = new Map<string, Map<number, ClauseVersion>>();
  for (const version of library.versions) {
    const byNumber = versions.get(version.clauseId) ?? new Map<number, ClauseVersion>();
    versions.set(version.clauseId, byNumber.set(version.version, version));
  }
  const entries = new Map<string, ClauseLibraryEntry>();
  for (const clause of [...library.retired, ...library.clauses]) {
    entries.set(clause.id, { current: clause, versions: versions.get(clause.id) ?? new Map() });
  }
  const templates = new Map(library.templates.map((template) => [template.id, template]));
  return {
    clause: (id) => clauses.get(id),
    version: (id, number) => versions.get(id)?.get(number ?? clauses.get(id)?.version ?? -1),
    template: (id) => templates.get(id),
    entries,
  };
}

/** What changed between two copies of the library: clauses with a new published version, and clauses retired. */
export function libraryChanges(before: Library, after: Library): { newVersions: string[]; retired: string[] } {
  const versionBefore = new Map(before.clauses.map((clause) => [clause.id, clause.version]));
  const retiredBefore = new Set(before.retired.map((clause) => clause.id));
  return {
    newVersions: after.clauses
      .filter((clause) => clause.version > (versionBefore.get(clause.id) ?? 0))
      .map((clause) => clause.title),
    retired: after.retired.filter((clause) => !retiredBefore.has(clause.id)).map((clause) => clause.title),
  };
}

/** The Danish sentence telling the user what changed, or undefined when nothing did. */
export function changesNotice({ newVersions, retired }: ReturnType<typeof libraryChanges>): string | undefined {
  const parts = [
    newVersions.length === 1 ? `ny version af ${newVersions[0]}` : '',
    newVersions.length > 1 ? `${newVersions.length} klausuler har en ny version` : '',
    retired.length === 1 ? `${retired[0]} er udgået` : '',
    retired.length > 1 ? `${retired.length} klausuler er udgået` : '',
  ].filter(Boolean);
  if (parts.length === 0) return undefined;
  return `Biblioteket er opdateret: ${parts.join(', og ')}. Gennemgå kontrakten igen for at se, om den er berørt.`;
}
