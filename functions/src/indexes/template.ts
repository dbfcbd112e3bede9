// The index of a contract template: name order, search text, contract type, legal basis and the clauses it uses.
import type { Template } from '@koberollen/shared/domain/template';

import type { Reference } from '../records/references';
import { indexFields, key, searchText } from '../records/search';

/** A paragraph code with single spaces, so `SEL  §107` and a legal basis `{ law: 'SEL', section: '§107' }` meet. */
export function paragraphCode(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Every clause reference with its field path, e.g. `sections.0.clauses.1.clauseId`. */
export function clauseReferences(template: Template): Reference[] {
  return template.sections.flatMap((section, s) =>
    section.clauses.map((ref, c) => ({ field: `sections.${s}.clauses.${c}.clauseId`, id: ref.clauseId })),
  );
}

export type TemplateIndex = {
  name: string;
  text: string;
  contractType: string;
  paragraph: string[];
  clauseId: string[];
};

/** `clauseId` lets a clause find the templates that use it. */
export function templateIndex(template: Template): TemplateIndex {
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

export const templateFields = indexFields<TemplateIndex>();
