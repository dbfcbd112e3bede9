// What a recorded contract review says at a glance: findings counted by kind, and whether anything is left open.
import { type CaseReview, type ReviewFinding, ReviewFindingKind } from '../domain/review';
import { countText } from './countText';

/** Counts the findings by kind, every kind present (0 when none). */
export function countFindings(findings: Pick<ReviewFinding, 'kind'>[]): Record<ReviewFindingKind, number> {
  const counts = new Map<ReviewFindingKind, number>(ReviewFindingKind.options.map((kind) => [kind, 0]));
  for (const finding of findings) counts.set(finding.kind, (counts.get(finding.kind) ?? 0) + 1);
  return Object.fromEntries(counts) as Record<ReviewFindingKind, number>;
}

/** A review is clean when every finding was accepted (an accepted deviation), or there were none. */
export function reviewIsClean(findings: Pick<ReviewFinding, 'accepted'>[]): boolean {
  return findings.every((finding) => finding.accepted);
}

/** "2 åbne fund, 1 accepteret afvigelse, 4 punkter afkrydset": a recorded review in one line, as both front ends list it. */
export function describeReview(review: Pick<CaseReview, 'findings' | 'checkedItems'>): string {
  const open = review.findings.filter((f) => !f.accepted).length;
  const accepted = review.findings.length - open;
  const parts = [open === 0 ? 'ingen åbne fund' : countText(open, 'åbent fund', 'åbne fund')];
  if (accepted > 0) parts.push(countText(accepted, 'accepteret afvigelse', 'accepterede afvigelser'));
  parts.push(`${countText(review.checkedItems.length, 'punkt', 'punkter')} afkrydset`);
  return parts.join(', ');
}
