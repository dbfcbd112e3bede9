// Contract templates: search by contract type and legal basis; every clause reference must exist in the tenant.
import type { z } from 'zod';

import { TemplateFilters, templateRoutes } from '@koberollen/shared/api/templates.contract';
import { type Template, TemplateInput, TemplateServerFields } from '@koberollen/shared/domain/template';

import { readReferences, type Reference } from '../entities/references';
import { eq, key, searchText, textFilters } from '../entities/search';
import type { IndexFields } from '../store/types';
import { resourceFunctions } from './resource';

type TemplateFilterValues = z.infer<z.ZodObject<typeof TemplateFilters>>;

/** A paragraph code with single spaces, so `SEL  §107` and a legal basis `{ law: 'SEL', section: '§107' }` meet. */
function paragraphCode(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Every clause reference with its field path, e.g. `sections.0.clauses.1.clauseId`. */
function clauseReferences(template: Template): Reference[] {
  return template.sections.flatMap((section, s) =>
    section.clauses.map((ref, c) => ({ field: `sections.${s}.clauses.${c}.clauseId`, id: ref.clauseId })),
  );
}

/** Index projection of a template; `clauseId` lets a clause find the templates that use it. */
export function templateIndex(template: Template): IndexFields {
  return {
    name: key(template.name),
    text: searchText(
      template.name,
      template.description,
      template.contractType,
      template.sections.map((section) => section.title),
    ),
    contractType: template.contractType,
    paragraph: [...new Set(template.legalBasis.map((basis) => paragraphCode(`${basis.law} ${basis.section}`)))],
    clauseId: [...new Set(clauseReferences(template).map((ref) => ref.id))],
  };
}

export const routes = resourceFunctions({
  name: 'templates',
  kind: 'template',
  noun: 'Skabelonen',
  routes: templateRoutes,
  input: TemplateInput,
  serverFields: TemplateServerFields,
  index: templateIndex,
  orderBy: 'name',
  filters: (query: TemplateFilterValues) => [
    ...textFilters(query.q),
    ...eq('contractType', query.contractType),
    ...eq('paragraph', query.paragraph && paragraphCode(query.paragraph)),
  ],
  describe: (template: Template) => `${template.name} (${template.contractType})`,
  initial: () => ({}),
  prepare: async (template: Template, services, user) => {
    const refs = clauseReferences(template);
    await readReferences(services, user.tenantId, 'clause', refs, 'Klausulen findes ikke i biblioteket.');
    return template;
  },
});
