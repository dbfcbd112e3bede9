// Contract templates: search by contract type and legal basis; every clause reference must exist in the tenant.
import type { z } from 'zod';

import { TemplateFilters, templateRoutes } from '@koberollen/shared/api/templates.contract';
import { type Template, TemplateInput, TemplateServerFields } from '@koberollen/shared/domain/template';

import { clauseReferences, paragraphCode, templateFields, templateIndex } from '../indexes/template';
import { readReferences } from '../records/references';
import { textFilters } from '../records/search';
import { resourceFunctions } from './resource';

type TemplateFilterValues = z.infer<z.ZodObject<typeof TemplateFilters>>;

export const routes = resourceFunctions({
  name: 'templates',
  kind: 'template',
  noun: 'Skabelonen',
  routes: templateRoutes,
  input: TemplateInput,
  serverFields: TemplateServerFields,
  index: templateIndex,
  orderBy: templateFields.order('name'),
  filters: (query: TemplateFilterValues) => [
    ...textFilters(query.q),
    ...templateFields.eq('contractType', query.contractType),
    ...templateFields.eq('paragraph', query.paragraph && paragraphCode(query.paragraph)),
    ...templateFields.eq('clauseId', query.clauseId),
  ],
  describe: (template: Template) => `${template.name} (${template.contractType})`,
  initial: () => ({}),
  prepare: async (template: Template, services, user) => {
    const refs = clauseReferences(template);
    await readReferences(services, user.tenantId, 'clause', refs, 'Klausulen findes ikke i biblioteket.');
    return template;
  },
});
