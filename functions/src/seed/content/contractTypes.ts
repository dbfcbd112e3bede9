// Contract types and paragraph codes of the demo data: the keys templates, clauses and offers share, and each contract
// type's Danish name.

/** Contract type keys (`Template.contractType`, `Applicability.contractTypes`). */
export const CONTRACT_TYPES = {
  temporary: 'botilbud-107',
  longTerm: 'botilbud-108',
  support: 'bostotte-85',
  placement: 'anbringelse-born',
  dayTreatment: 'dagbehandling',
} as const;

export type ContractType = (typeof CONTRACT_TYPES)[keyof typeof CONTRACT_TYPES];

/** The Danish name of each contract type, as the product brings it; procurement may rename it. */
export const CONTRACT_TYPE_NAMES: Record<ContractType, string> = {
  [CONTRACT_TYPES.temporary]: 'Midlertidigt botilbud (§ 107)',
  [CONTRACT_TYPES.longTerm]: 'Længerevarende botilbud (§ 108)',
  [CONTRACT_TYPES.support]: 'Socialpædagogisk støtte (§ 85)',
  [CONTRACT_TYPES.placement]: 'Anbringelse af barn eller ung',
  [CONTRACT_TYPES.dayTreatment]: 'Dagbehandling og specialundervisning',
};

export const ADULT_TYPES: ContractType[] = [CONTRACT_TYPES.temporary, CONTRACT_TYPES.longTerm, CONTRACT_TYPES.support];
export const RESIDENTIAL_TYPES: ContractType[] = [
  CONTRACT_TYPES.temporary,
  CONTRACT_TYPES.longTerm,
  CONTRACT_TYPES.placement,
];
export const CHILD_TYPES: ContractType[] = [CONTRACT_TYPES.placement, CONTRACT_TYPES.dayTreatment];

/**
 * Paragraph codes (`ParagraphCode`) for search and applicability. Children's placements and supporting measures
 * moved from serviceloven §§ 52 and 66 to barnets lov on 1 January 2024: anbringelsessteder are listed in
 * barnets lov § 43, placement with consent is § 46 and without consent § 47; supporting measures are § 32. The key
 * `dagbehandling` stays for what is now a behandlings- og specialundervisningstilbud under lov nr. 1532 of
 * 12 December 2023, approved by its beliggenhedskommune through a kvalitetsaftale.
 */
export const PARAGRAPHS = {
  sel83: 'SEL §83',
  sel85: 'SEL §85',
  sel107: 'SEL §107',
  sel108: 'SEL §108',
  abl105: 'ABL §105',
  bl32: 'BL §32',
  bl43: 'BL §43',
  bl46: 'BL §46',
  bl47: 'BL §47',
} as const;

export type ParagraphKey = keyof typeof PARAGRAPHS;

/**
 * Paragraphs of the demo offers a socialtilsyn approves and supervises (socialtilsynsloven § 4): not a
 * behandlings- og specialundervisningstilbud, approved by its beliggenhedskommune, nor § 85 support in the citizen's
 * own home.
 */
export const SUPERVISED_PARAGRAPHS: ReadonlySet<string> = new Set([
  PARAGRAPHS.sel107,
  PARAGRAPHS.sel108,
  PARAGRAPHS.bl43,
]);

/** The offer paragraph a contract type is bought under (the code offers and cases carry). */
export const PARAGRAPH_OF_TYPE: Record<ContractType, string> = {
  [CONTRACT_TYPES.temporary]: PARAGRAPHS.sel107,
  [CONTRACT_TYPES.longTerm]: PARAGRAPHS.sel108,
  [CONTRACT_TYPES.support]: PARAGRAPHS.sel85,
  [CONTRACT_TYPES.placement]: PARAGRAPHS.bl43,
  [CONTRACT_TYPES.dayTreatment]: PARAGRAPHS.bl32,
};
