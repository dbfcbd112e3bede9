// Contract templates (kontraktskabeloner): search and maintain the ordered clause references of each contract type.
import { z } from 'zod';

import { ParagraphCode } from '../domain/common';
import { Template, TemplateInput, TemplateServerFields, TemplateVersion } from '../domain/template';
import { resourceRoutes } from './resource.contract';
import { WRITERS } from './roles';
import { versionRoutes } from './versions.contract';

export const TemplateFilters = {
  /** Words that must all occur in the name, description, contract type or section titles. */
  q: z.string().max(200).optional(),
  contractType: z.string().max(60).optional(),
  /** A legal basis written as `law section`, e.g. `SEL §107` for `{ law: 'SEL', section: '§107' }`. */
  paragraph: ParagraphCode.optional(),
  /** Templates that use this clause. */
  clauseId: z.string().min(1).max(100).optional(),
};

/**
 * Templates are retired (status `retired`), never deleted: the API serves no DELETE for them. A change is saved to the
 * working copy and reaches Word when it is published as the next version with a change note.
 */
export const templateRoutes = {
  ...resourceRoutes({
    path: '/api/templates',
    plural: 'templates',
    names: ['Template', 'Templates'],
    writers: WRITERS.library,
    input: TemplateInput,
    entity: Template,
    serverFields: TemplateServerFields,
    filters: TemplateFilters,
  }),
  ...versionRoutes({
    path: '/api/templates',
    noun: 'template',
    name: 'Template',
    writers: WRITERS.library,
    entity: Template,
    version: TemplateVersion,
  }),
};
