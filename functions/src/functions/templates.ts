// Contract templates: search by contract type and legal basis; every clause reference must exist in the tenant; a
// change is saved to the working copy and reaches Word when published as the next version with a change note.
import type { z } from 'zod';

import { TemplateFilters, templateRoutes } from '@koberollen/shared/api/templates.contract';
import {
  type Template,
  TemplateInput,
  TemplateServerFields,
  type TemplateVersion,
} from '@koberollen/shared/domain/template';

import { clauseReferences, paragraphCode, templateFields, templateIndex } from '../indexes/template';
import { templateVersionFields, templateVersionIndex } from '../indexes/templateVersion';
import { readReferences } from '../records/references';
import { textFilters } from '../records/search';
import { resourceFunctions } from './resource';
import { differsFromPublished, type VersionedKind, versionFunctions } from './versions';

type TemplateFilterValues = z.infer<z.ZodObject<typeof TemplateFilters>>;

const NOUN = 'Skabelonen';

/** Publishing, versions and the working copy's difference, as every versioned library record has them. */
const versioned: VersionedKind<Template, TemplateVersion> = {
  name: 'templates',
  kind: 'template',
  versionKind: 'templateVersion',
  noun: NOUN,
  routes: templateRoutes,
  content: (template) => JSON.stringify(TemplateInput.parse(template)),
  versionOf: (template, meta) => ({ ...TemplateInput.parse(template), templateId: template.id, ...meta }),
  published: (template) => template,
  index: templateIndex,
  versionIndex: templateVersionIndex,
  versionsOf: (templateId) => ({
    filters: templateVersionFields.eq('templateId', templateId),
    orderBy: templateVersionFields.order('version'),
  }),
  title: (template) => template.name,
};

const standard = resourceFunctions({
  name: 'templates',
  kind: 'template',
  noun: NOUN,
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
  initial: () => ({ version: 0, hasUnpublishedChanges: true }),
  prepare: async (template: Template, services, user) => {
    const refs = clauseReferences(template);
    await readReferences(services, user.tenantId, 'clause', refs, 'Klausulen findes ikke i biblioteket.');
    return {
      ...template,
      hasUnpublishedChanges: await differsFromPublished(versioned, template, services, user.tenantId),
    };
  },
});

export const routes = [...standard, ...versionFunctions(versioned)];
