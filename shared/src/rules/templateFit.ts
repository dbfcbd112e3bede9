// Whether a template's legal basis covers the paragraph the case was decided under, told before it is inserted.
import type { TemplateInput } from '../domain/template';
import { legalBasisText } from './knownFieldValues';

type TemplateBasis = Pick<TemplateInput, 'name' | 'legalBasis'>;
type NamedTemplate = TemplateBasis & { id: string };

/** The paragraph codes a template is written for, e.g. `SEL §85`, `ABL §105`. */
export function templateParagraphs(template: Pick<TemplateInput, 'legalBasis'>): string[] {
  return template.legalBasis.map((basis) => `${basis.law} ${basis.section}`);
}

const normalized = (code: string) => code.replace(/\s+/g, '').toUpperCase();

export type LegalBasisFit<T> = { ok: true } | { ok: false; reason: string; matching: T[] };

/**
 * A template fits a case whose paragraph its legal basis names, and any case whose paragraph is not known. Otherwise
 * the reason says both in Danish, and `matching` lists the templates that do name it.
 */
export function legalBasisFit<T extends TemplateBasis>(
  template: T,
  paragraph: string | undefined,
  templates: readonly T[],
): LegalBasisFit<T> {
  if (!paragraph?.trim()) return { ok: true };
  const names = (t: TemplateBasis) => templateParagraphs(t).map(normalized);
  const code = normalized(paragraph);
  if (names(template).includes(code)) return { ok: true };
  const matching = templates.filter((t) => t !== template && names(t).includes(code));
  const reason =
    `${basisMismatch(template, paragraph)} ` +
    (matching.length > 0
      ? 'Vælg skabelonen til sagens paragraf, eller indsæt denne alligevel.'
      : 'Biblioteket har ingen skabelon til sagens paragraf; indsæt kun denne, hvis den passer til afgørelsen.');
  return { ok: false, reason, matching };
}

/** "<template> er skrevet til serviceloven § 107, men sagen er afgjort efter serviceloven § 85." */
export function basisMismatch(template: TemplateBasis, paragraph: string): string {
  const basis = templateParagraphs(template).map(legalBasisText).join(' og ');
  return `${template.name} er skrevet til ${basis}, men sagen er afgjort efter ${legalBasisText(paragraph)}.`;
}

/** A review finding: the document's template is written for another paragraph than the linked case's. */
export interface TemplateMismatch {
  kind: 'wrongTemplate';
  templateId: string;
  title: string;
  /** Why, in Danish: the template's legal basis and the case's paragraph. */
  reason: string;
  /** The templates written for the case's paragraph. */
  matching: { id: string; name: string }[];
}

/**
 * The review's finding that a document's template does not fit the case's paragraph, as a list of none or one: the
 * pane and `POST /api/documents/review` both report it from this rule. `templates` are those the library offers
 * (only those written for the paragraph are needed).
 */
export function templateMismatch<T extends NamedTemplate>(
  template: T | undefined,
  paragraph: string | undefined,
  templates: readonly T[],
): TemplateMismatch[] {
  if (!template) return [];
  const fit = legalBasisFit(template, paragraph, templates);
  if (fit.ok) return [];
  const matching = fit.matching.map(({ id, name }) => ({ id, name }));
  const reason = basisMismatch(template, paragraph ?? '');
  return [{ kind: 'wrongTemplate', templateId: template.id, title: template.name, reason, matching }];
}
