// Compares a template's working copy, or any published version, with the published one: name, description, its
// sections and clauses, and whether Word offers it, each where it changed (lazily loaded with the word diff).
import { templateRoutes } from '@koberollen/shared/api/templates.contract';
import type { Template, TemplateInput } from '@koberollen/shared/domain/template';

import { readVersions } from './readVersions';
import { VersionCompare } from './VersionCompare';

/** The parts of a template compared, each as one text; clauses by their titles. */
function comparedParts(titles: Map<string, string>) {
  return (template: TemplateInput): [string, string][] => [
    ['Navn', template.name],
    ['Beskrivelse', template.description],
    [
      'Afsnit og klausuler',
      template.sections
        .map((section) => {
          const clauses = section.clauses.map(
            (ref) => `${titles.get(ref.clauseId) ?? 'Ukendt klausul'}${ref.mandatory ? ' (obligatorisk)' : ''}`,
          );
          return `${section.title}: ${clauses.join(', ')}`;
        })
        .join('\n'),
    ],
    ['Tilbydes i Word', template.status === 'active' ? 'Ja' : 'Nej, skabelonen er udgået'],
  ];
}

interface Props {
  template: Template;
  /** Clause titles by id. */
  titles: Map<string, string>;
  /** `arbejdskopi` or a version number; the working copy when absent. */
  against?: string;
  onPick: (against: string) => void;
}

export default function TemplateCompare({ template, titles, against, onPick }: Props) {
  return (
    <VersionCompare<TemplateInput>
      record={template}
      noun="Skabelonen"
      versions={readVersions(templateRoutes.versions, template.id)}
      parts={comparedParts(titles)}
      against={against}
      onPick={onPick}
    />
  );
}
