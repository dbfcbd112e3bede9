// Compares a clause's working copy, or any published version, with the published one: title, text, guidance,
// recognition phrases and applicability, each where it changed (lazily loaded with the word diff).
import { clauseRoutes } from '@koberollen/shared/api/clauses.contract';
import type { Clause, ClauseInput } from '@koberollen/shared/domain/clause';

import { readVersions } from './readVersions';
import { contractTypesText } from './useContractTypeNames';
import { VersionCompare } from './VersionCompare';

/** The parts of a clause compared, each as one text. */
function comparedParts(clause: ClauseInput, typeName: (key: string) => string): [string, string][] {
  const { contractTypes, paragraphs } = clause.applicability;
  return [
    ['Titel', clause.title],
    ['Tekst', clause.paragraphs.map((p) => p.text).join('\n\n')],
    ['Vejledning', clause.guidance],
    ['Genkendelsesord', clause.recognitionPhrases.join(', ')],
    [
      'Anvendelse',
      `Kontrakttyper: ${contractTypesText(contractTypes, typeName)}. Paragraffer: ${paragraphs.join(', ') || 'alle'}.`,
    ],
  ];
}

interface Props {
  clause: Clause;
  /** A contract type's Danish name by its key. */
  typeName: (key: string) => string;
  /** `arbejdskopi` or a version number; the working copy when absent. */
  against?: string;
  onPick: (against: string) => void;
}

export default function ClauseCompare({ clause, typeName, against, onPick }: Props) {
  return (
    <VersionCompare<ClauseInput>
      record={clause}
      noun="Klausulen"
      versions={readVersions(clauseRoutes.versions, clause.id)}
      parts={(version) => comparedParts(version, typeName)}
      against={against}
      onPick={onPick}
    />
  );
}
