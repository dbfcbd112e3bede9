// Choices between alternatives in a template (variant A or B of the framework agreement, the two kinds of særtakst):
// which option a contract takes, which clauses a document built for it holds, and which choices a document breaks.
import type { Contract } from '../domain/contract';
import type { Provider } from '../domain/provider';
import type { TemplateAlternative, TemplateClauseRef, TemplateInput } from '../domain/template';

export type TemplateChoice = TemplateAlternative['choice'];
export type ChoiceValues = { [C in TemplateChoice]?: Extract<TemplateAlternative, { choice: C }>['option'] };

/** How the case worker reads each choice, in Danish. */
export const CHOICE_LABELS: Record<TemplateChoice, string> = {
  framework: 'Rammeaftale (variant A eller B)',
  specialRate: 'Særtakst (slutdato eller månedlig opfølgning)',
};

export interface ChoiceSources {
  contract?: Pick<Contract, 'priceRegulation' | 'specialRate'>;
  provider?: Pick<Provider, 'ownership'>;
}

/**
 * The options a case and offer take. Framework: inside when the contract's regulation follows the styringsaftale,
 * else outside; before a contract exists, inside for a public provider's offer (the regional framework agreements
 * cover the municipalities' and regions' own offers) and outside for a private one. Særtakst: with an end date or,
 * without one, with monthly review; no særtakst decides nothing. Nothing known decides nothing.
 */
export function choicesFor({ contract, provider }: ChoiceSources): ChoiceValues {
  const values: ChoiceValues = {};
  if (contract) values.framework = contract.priceRegulation.basis === 'framework' ? 'inside' : 'outside';
  else if (provider) values.framework = provider.ownership === 'public' ? 'inside' : 'outside';
  const special = contract?.specialRate;
  if (special) values.specialRate = special.endDate ? 'endDate' : 'monthlyReview';
  return values;
}

/** Whether a document built with these choices holds the clause: every plain clause, and the alternatives chosen. */
export function refIncluded(ref: Pick<TemplateClauseRef, 'alternative'>, values: ChoiceValues): boolean {
  return !ref.alternative || values[ref.alternative.choice] === ref.alternative.option;
}

function alternativesByChoice(template: Pick<TemplateInput, 'sections'>) {
  const byChoice = new Map<TemplateChoice, TemplateClauseRef[]>();
  for (const ref of template.sections.flatMap((section) => section.clauses)) {
    if (ref.alternative) byChoice.set(ref.alternative.choice, [...(byChoice.get(ref.alternative.choice) ?? []), ref]);
  }
  return byChoice;
}

/** The choices a contract must make (one alternative mandatory) that the values leave open, in template order. */
export function undecidedChoices(template: Pick<TemplateInput, 'sections'>, values: ChoiceValues): TemplateChoice[] {
  return [...alternativesByChoice(template)]
    .filter(([choice, refs]) => refs.some((ref) => ref.mandatory) && values[choice] === undefined)
    .map(([choice]) => choice);
}

export interface ChoiceStatus {
  choice: TemplateChoice;
  label: string;
  mandatory: boolean;
  /** The alternatives of the choice the document holds, in template order. */
  found: string[];
  /** Every alternative of the choice, in template order. */
  alternatives: string[];
}

/** For each choice of the template: the alternatives a document holds (clause ids found in it). */
export function choiceStatuses(
  template: Pick<TemplateInput, 'sections'>,
  foundIds: ReadonlySet<string>,
): ChoiceStatus[] {
  return [...alternativesByChoice(template)].map(([choice, refs]) => ({
    choice,
    label: CHOICE_LABELS[choice],
    mandatory: refs.some((ref) => ref.mandatory),
    found: refs.filter((ref) => foundIds.has(ref.clauseId)).map((ref) => ref.clauseId),
    alternatives: refs.map((ref) => ref.clauseId),
  }));
}
