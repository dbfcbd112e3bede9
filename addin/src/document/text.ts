// A clause's text as it reads in the document, field values included: for comments, side-by-side views and the
// preview's document text.
import type { ClauseBlock, Run } from './types';

/** A paragraph's text as it reads in the document. */
export function runsText(runs: Run[]): string {
  return runs.map((run) => (run.kind === 'text' ? run.text : run.value)).join('');
}

/** A clause as plain text: title, then its paragraphs, one per line (for comments and side-by-side views). */
export function clausePlainText(block: ClauseBlock): string {
  return [block.title, ...block.paragraphs.map(runsText)].join('\n');
}
