// The index of a clause: title order, search text and the filter fields.
import type { Clause } from '@koberollen/shared/domain/clause';

import { indexFields, key, searchText } from '../records/search';

export type ClauseIndex = { title: string; text: string; topic: string; paragraph: string[]; status: string };

export function clauseIndex(clause: Clause): ClauseIndex {
  return {
    title: key(clause.title),
    text: searchText(
      clause.title,
      clause.guidance,
      clause.recognitionPhrases,
      clause.paragraphs.map((p) => p.text),
    ),
    topic: clause.topic,
    paragraph: clause.applicability.paragraphs,
    status: clause.status,
  };
}

export const clauseFields = indexFields<ClauseIndex>();
