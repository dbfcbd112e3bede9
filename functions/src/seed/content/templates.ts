// Demo contract templates: §107, §108, §85 with almenboligloven §105, a children's placement and day treatment,
// each built from the demo clauses by key.
import { field } from './clauses/define';
import { CONTRACT_TYPES, type ContractType } from './contractTypes';

export interface SeedClauseRef {
  key: string;
  mandatory: boolean;
}

export interface SeedTemplate {
  key: string;
  name: string;
  description: string;
  contractType: ContractType;
  /** Law abbreviations as in the paragraph codes (`SEL §107`, `BL §43`), so template search by paragraph works. */
  legalBasis: { law: string; section: string; validFrom?: string }[];
  sections: { title: string; clauses: SeedClauseRef[] }[];
}

const required = (...keys: string[]): SeedClauseRef[] => keys.map((key) => ({ key, mandatory: true }));
const optional = (...keys: string[]): SeedClauseRef[] => keys.map((key) => ({ key, mandatory: false }));

/** Barnets lov took over children's placements and supporting measures from serviceloven on this day. */
const CHILDREN_ACT_FROM = '2024-01-01';

const opening = { title: 'Parter og grundlag', clauses: required('parties', 'legal-basis', 'contract-basis', 'term') };
const settlement = { title: 'Afregning og faktura', clauses: required('settlement', 'invoice-content') };
const steering = {
  title: 'Opfølgning og styring',
  clauses: [
    ...required('follow-up', 'time-registration', 'renegotiation', 'supervision', 'incidents'),
    ...optional('key-figures'),
  ],
};

function closing(terminationKey: string) {
  return {
    title: 'Ansvar og ophør',
    clauses: [
      ...required('non-delivery', 'liability', 'insurance'),
      ...optional('subcontracting'),
      ...required('data-protection', terminationKey, 'disputes'),
    ],
  };
}

function pricing(rateKey: string, extra: SeedClauseRef[]) {
  return {
    title: 'Pris',
    clauses: [
      ...required(rateKey, 'rate-basis', 'add-on-services', 'price-regulation'),
      ...optional('special-rate-end', 'special-rate-review'),
      ...extra,
    ],
  };
}

export const DEMO_TEMPLATES: readonly SeedTemplate[] = [
  {
    key: 'temporary',
    name: 'Kontrakt om midlertidigt botilbud (serviceloven § 107)',
    description:
      'Til køb af en plads i et midlertidigt botilbud. Husk slutdato eller revurderingsdato, ugentlige timer efter § 83 og § 85 og tættere opfølgning end ved længerevarende ophold.',
    contractType: CONTRACT_TYPES.temporary,
    legalBasis: [{ law: 'SEL', section: '§107' }],
    sections: [
      opening,
      {
        title: 'Indsatsen',
        clauses: [
          ...required('service-description', 'target-group', 'weekly-hours', 'change-of-need'),
          ...optional('staff', 'transport'),
        ],
      },
      pricing('rate', [...required('absence'), ...optional('own-payment')]),
      settlement,
      steering,
      closing('termination'),
    ],
  },
  {
    key: 'long-term',
    name: 'Kontrakt om længerevarende botilbud (serviceloven § 108)',
    description:
      'Til køb af en plads i et længerevarende botilbud. Kontrakten løber normalt uden slutdato; aftal derfor en dato for genforhandling, og vedlæg boligdokumentet.',
    contractType: CONTRACT_TYPES.longTerm,
    legalBasis: [{ law: 'SEL', section: '§108' }],
    sections: [
      opening,
      {
        title: 'Indsatsen',
        clauses: [
          ...required('service-description', 'target-group', 'weekly-hours', 'change-of-need'),
          ...optional('staff', 'transport'),
        ],
      },
      { title: 'Bolig', clauses: required('housing-document') },
      pricing('rate', required('absence', 'own-payment')),
      settlement,
      steering,
      closing('termination'),
    ],
  },
  {
    key: 'support',
    name: 'Kontrakt om socialpædagogisk støtte i almen bolig (serviceloven § 85, almenboligloven § 105)',
    description:
      'Til køb af socialpædagogisk støtte efter § 85 til en borger i en almen bolig efter almenboligloven § 105. Prisen aftales pr. time ansigt-til-ansigt-tid med et fast ugentligt timetal.',
    contractType: CONTRACT_TYPES.support,
    legalBasis: [
      { law: 'SEL', section: '§85' },
      { law: 'ABL', section: '§105' },
    ],
    sections: [
      opening,
      {
        title: 'Indsatsen',
        clauses: [
          ...required('service-description', 'target-group', 'weekly-hours', 'change-of-need'),
          ...optional('staff'),
        ],
      },
      pricing('hourly-rate', optional('transport')),
      settlement,
      steering,
      closing('termination'),
    ],
  },
  {
    key: 'placement',
    name: 'Kontrakt om anbringelse af barn eller ung (barnets lov)',
    description:
      'Til anbringelse på et opholdssted eller børne- og ungehjem efter barnets lov, der fra 1. januar 2024 afløste reglerne i serviceloven. Husk aftaler om skolegang og samvær.',
    contractType: CONTRACT_TYPES.placement,
    legalBasis: [
      { law: 'BL', section: '§43', validFrom: CHILDREN_ACT_FROM },
      { law: 'BL', section: '§46', validFrom: CHILDREN_ACT_FROM },
      { law: 'BL', section: '§47', validFrom: CHILDREN_ACT_FROM },
    ],
    sections: [
      opening,
      {
        title: 'Indsatsen',
        clauses: [
          ...required('service-description', 'target-group', 'schooling', 'family-contact', 'change-of-need'),
          ...optional('staff', 'transport'),
        ],
      },
      pricing('rate', required('absence')),
      settlement,
      steering,
      closing('placement-end'),
    ],
  },
  {
    key: 'day-treatment',
    name: 'Kontrakt om dagbehandling (barnets lov § 32)',
    description:
      'Til dagbehandling som støttende indsats efter barnets lov § 32. Aftal fremmøde, åbningstid og om der betales pr. fremmødedag eller pr. måned.',
    contractType: CONTRACT_TYPES.dayTreatment,
    legalBasis: [{ law: 'BL', section: '§32', validFrom: CHILDREN_ACT_FROM }],
    sections: [
      opening,
      {
        title: 'Indsatsen',
        clauses: [
          ...required('service-description', 'target-group', 'attendance', 'schooling', 'change-of-need'),
          ...optional('staff', 'transport'),
        ],
      },
      pricing('rate', optional('hourly-rate')),
      settlement,
      steering,
      closing('termination'),
    ],
  },
];

/** Fields every demo template needs on top of its clauses' own fields. */
export const TEMPLATE_FIELDS = [
  field('contractNumber', 'Kontraktnummer', 'text'),
  field('signatureDate', 'Dato for underskrift', 'date'),
  field('municipalitySignatory', 'Underskriver for Kommunen', 'text'),
  field('providerSignatory', 'Underskriver for Leverandøren', 'text'),
];
