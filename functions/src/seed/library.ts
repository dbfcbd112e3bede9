// The tenant's library as stored records: published clauses and templates with their first version, checklists and
// the topics with their Danish names and synonyms, and the contract types with their Danish names.
import { type Checklist, ChecklistInput } from '@koberollen/shared/domain/checklist';
import type { Clause, ClauseVersion } from '@koberollen/shared/domain/clause';
import { type ContractType as ContractTypeRecord, ContractTypeInput } from '@koberollen/shared/domain/contractType';
import { type Template, TemplateInput, type TemplateVersion } from '@koberollen/shared/domain/template';
import { type Topic, TopicInput } from '@koberollen/shared/domain/topic';
import { addDays } from '@koberollen/shared/rules/dates';
import { clauseTextHash } from '@koberollen/shared/rules/textHash';

import { checklistIndex } from '../indexes/checklist';
import { clauseIndex } from '../indexes/clause';
import { clauseVersionId, clauseVersionIndex } from '../indexes/clauseVersion';
import { contractTypeIndex } from '../indexes/contractType';
import { templateIndex } from '../indexes/template';
import { templateVersionId, templateVersionIndex } from '../indexes/templateVersion';
import { topicIndex } from '../indexes/topic';
import type { WriteOp } from '../store/types';
import { DEMO_CHECKLISTS } from './content/checklists';
import { DEMO_CLAUSES, toClauseInput } from './content/clauses';
import { CONTRACT_TYPE_NAMES, type ContractType } from './content/contractTypes';
import { DEMO_TEMPLATES, TEMPLATE_FIELDS } from './content/templates';
import { TOPICS } from './content/topics';
import { type SeedContext, stampsOn, timestampOn } from './context';
import { seedId } from './ids';
import { DEMO_USERS, ref } from './users';

export interface Library {
  clauses: Clause[];
  /** The first published version of each clause, in the same order. */
  versions: ClauseVersion[];
  /** Clause id by the clause's seed key, e.g. `rate-basis`. */
  clauseIds: Map<string, string>;
  templates: Template[];
  templateByType: Map<ContractType, Template>;
  checklists: Checklist[];
  topics: Topic[];
  ops: WriteOp[];
}

/** The library was written by procurement a while before the demo's cases started. */
const LIBRARY_AGE_DAYS = 400;

/** Who wrote and published the demo library. */
export const LIBRARY_AUTHOR = ref(DEMO_USERS.procurement);
const author = LIBRARY_AUTHOR;

function clauseRecords(ctx: SeedContext) {
  const day = addDays(ctx.today, -LIBRARY_AGE_DAYS);
  const publishedAt = timestampOn(ctx, day);
  return DEMO_CLAUSES.map((seed) => {
    const input = toClauseInput(seed);
    const id = seedId('clause', ctx.tenantId, seed.key);
    const clause: Clause = {
      ...input,
      id,
      ...stampsOn(ctx, author, day),
      status: 'published',
      version: 1,
      hasUnpublishedChanges: false,
      publishedAt,
    };
    const version: ClauseVersion = {
      ...input,
      clauseId: id,
      version: 1,
      changeNote: 'Første udgave i Kommunens klausulbibliotek.',
      textHash: clauseTextHash(input.paragraphs),
      publishedAt,
      publishedBy: author,
    };
    return { key: seed.key, clause, version };
  });
}

/** The id of a clause by key; a template naming a clause the library lacks is a mistake in the demo content. */
export function clauseIdOf(clauseIds: Map<string, string>, key: string): string {
  const id = clauseIds.get(key);
  if (id === undefined) throw new Error(`The demo library has no clause with key "${key}"`);
  return id;
}

function templateRecords(ctx: SeedContext, clauseIds: Map<string, string>): Template[] {
  const day = addDays(ctx.today, -LIBRARY_AGE_DAYS + 7);
  return DEMO_TEMPLATES.map((seed) => {
    const input = TemplateInput.parse({
      name: seed.name,
      description: seed.description,
      contractType: seed.contractType,
      legalBasis: seed.legalBasis,
      sections: seed.sections.map((section) => ({
        title: section.title,
        clauses: section.clauses.map((c) => ({
          clauseId: clauseIdOf(clauseIds, c.key),
          mandatory: c.mandatory,
          ...(c.alternative && { alternative: c.alternative }),
        })),
      })),
      fields: TEMPLATE_FIELDS,
    });
    const id = seedId('template', ctx.tenantId, seed.key);
    const publishedAt = timestampOn(ctx, day);
    return { ...input, id, ...stampsOn(ctx, author, day), version: 1, hasUnpublishedChanges: false, publishedAt };
  });
}

/** The first published version of a seeded template. */
export function firstTemplateVersion(template: Template): TemplateVersion {
  return {
    ...TemplateInput.parse(template),
    templateId: template.id,
    version: 1,
    changeNote: 'Første udgave i kommunens skabelonbibliotek.',
    publishedAt: template.publishedAt ?? template.createdAt,
    publishedBy: template.createdBy,
  };
}

function checklistRecords(ctx: SeedContext): Checklist[] {
  const day = addDays(ctx.today, -LIBRARY_AGE_DAYS + 14);
  return DEMO_CHECKLISTS.map(({ key, checklist }) => ({
    ...ChecklistInput.parse(checklist),
    id: seedId('checklist', ctx.tenantId, key),
    ...stampsOn(ctx, author, day),
  }));
}

function topicRecords(ctx: SeedContext): Topic[] {
  const day = addDays(ctx.today, -LIBRARY_AGE_DAYS);
  return Object.entries(TOPICS).map(([key, topic]) => ({
    ...TopicInput.parse({ key, ...topic }),
    id: seedId('topic', ctx.tenantId, key),
    ...stampsOn(ctx, author, day),
  }));
}

function contractTypeRecords(ctx: SeedContext): ContractTypeRecord[] {
  const day = addDays(ctx.today, -LIBRARY_AGE_DAYS);
  return Object.entries(CONTRACT_TYPE_NAMES).map(([key, name]) => ({
    ...ContractTypeInput.parse({ key, name }),
    id: seedId('contractType', ctx.tenantId, key),
    ...stampsOn(ctx, author, day),
  }));
}

/** Builds the library records and the operations that store them with their index projections. */
export function buildLibrary(ctx: SeedContext): Library {
  const records = clauseRecords(ctx);
  const clauseIds = new Map(records.map((r) => [r.key, r.clause.id]));
  const templates = templateRecords(ctx, clauseIds);
  const checklists = checklistRecords(ctx);
  const topics = topicRecords(ctx);
  const contractTypes = contractTypeRecords(ctx);
  const ops: WriteOp[] = [
    ...records.flatMap(({ clause, version }): WriteOp[] => [
      { op: 'upsert', kind: 'clause', id: clause.id, body: clause, index: clauseIndex(clause) },
      {
        op: 'upsert',
        kind: 'clauseVersion',
        id: clauseVersionId(clause.id, version.version),
        body: version,
        index: clauseVersionIndex(version),
      },
    ]),
    ...templates.flatMap((t): WriteOp[] => {
      const first = firstTemplateVersion(t);
      return [
        { op: 'upsert', kind: 'template', id: t.id, body: t, index: templateIndex(t) },
        {
          op: 'upsert',
          kind: 'templateVersion',
          id: templateVersionId(t.id, 1),
          body: first,
          index: templateVersionIndex(first),
        },
      ];
    }),
    ...checklists.map((c): WriteOp => ({
      op: 'upsert',
      kind: 'checklist',
      id: c.id,
      body: c,
      index: checklistIndex(c),
    })),
    ...topics.map((t): WriteOp => ({ op: 'upsert', kind: 'topic', id: t.id, body: t, index: topicIndex(t) })),
    ...contractTypes.map((t): WriteOp => ({
      op: 'upsert',
      kind: 'contractType',
      id: t.id,
      body: t,
      index: contractTypeIndex(t),
    })),
  ];
  return {
    clauses: records.map((r) => r.clause),
    versions: records.map((r) => r.version),
    clauseIds,
    templates,
    templateByType: new Map(templates.map((t) => [t.contractType as ContractType, t])),
    checklists,
    topics,
    ops,
  };
}
