// Demo contract templates: §107, §108, §85 with almenboligloven §105, a placement on a børne- og ungehjem and a
// behandlings- og specialundervisningstilbud, each built from the demo clauses by key.
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

const opening = {
  title: 'Parter og grundlag',
  clauses: [
    ...required('parties', 'legal-basis', 'contract-basis'),
    ...optional('framework-inside', 'framework-outside'),
    ...required('term'),
  ],
};
const settlement = {
  title: 'Afregning og faktura',
  clauses: required('settlement', 'invoice-content', 'settlement-adjustment'),
};

function steering(followUpKey: string, incidentsKey: string, approvalKeys: string[]) {
  return {
    title: 'Opfølgning og styring',
    clauses: [
      ...required(followUpKey, 'time-registration', 'renegotiation', ...approvalKeys, incidentsKey),
      ...optional('key-figures'),
    ],
  };
}

function closing(terminationKey: string) {
  return {
    title: 'Ansvar og ophør',
    clauses: [
      ...required('non-delivery'),
      ...optional('liability'),
      ...required('insurance'),
      ...optional('subcontracting'),
      ...required('data-protection', 'change-of-provider', terminationKey, 'disputes'),
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

const adultService = (extra: string[]) => ({
  title: 'Indsatsen',
  clauses: [
    ...required('service-description', 'target-group', 'weekly-hours', 'change-of-need'),
    ...optional('staff', ...extra),
  ],
});
const adultSteering = steering('follow-up', 'incidents', ['supervision', 'tilbudsportalen']);
const childSafety = required('criminal-record', 'duty-to-report');

export const DEMO_TEMPLATES: readonly SeedTemplate[] = [
  {
    key: 'temporary',
    name: 'Kontrakt om midlertidigt botilbud (serviceloven § 107)',
    description:
      'Til køb af en plads i et midlertidigt botilbud. Husk slutdato eller revurderingsdato, ugentlige timer efter § 83 og § 85 og tættere opfølgning end ved længerevarende ophold. Vælg variant A eller B, efter om tilbuddet er omfattet af den regionale rammeaftale.',
    contractType: CONTRACT_TYPES.temporary,
    legalBasis: [{ law: 'SEL', section: '§107' }],
    sections: [
      opening,
      adultService(['transport']),
      pricing('rate', [...required('absence'), ...optional('own-payment')]),
      settlement,
      adultSteering,
      closing('termination'),
    ],
  },
  {
    key: 'long-term',
    name: 'Kontrakt om længerevarende botilbud (serviceloven § 108)',
    description:
      'Til køb af en plads i et længerevarende botilbud. Kontrakten løber normalt uden slutdato; aftal derfor en dato for genforhandling, og vedlæg boligdokumentet. Vælg variant A eller B, efter om tilbuddet er omfattet af den regionale rammeaftale.',
    contractType: CONTRACT_TYPES.longTerm,
    legalBasis: [{ law: 'SEL', section: '§108' }],
    sections: [
      opening,
      adultService(['transport']),
      { title: 'Bolig', clauses: required('housing-document') },
      pricing('rate', required('absence', 'own-payment')),
      settlement,
      adultSteering,
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
      adultService([]),
      pricing('hourly-rate', optional('transport')),
      settlement,
      adultSteering,
      closing('termination'),
    ],
  },
  {
    key: 'placement',
    name: 'Kontrakt om anbringelse af et barn eller en ung på et børne- og ungehjem (barnets lov)',
    description:
      'Til anbringelse på et børne- og ungehjem efter barnets lov § 43 med eller uden samtykke (§ 46 og § 47). Skriv formålet med anbringelsen og den forventede varighed som i afgørelsen, og husk aftaler om skolegang, samvær og overgangen ved 18 år.',
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
          ...required('service-description', 'child-purpose', 'schooling', 'family-contact', 'child-change-of-need'),
          ...childSafety,
          ...required('transition-18'),
          ...optional('staff', 'transport'),
        ],
      },
      pricing('rate', required('child-absence')),
      settlement,
      steering('child-follow-up', 'child-incidents', ['supervision', 'tilbudsportalen']),
      closing('placement-end'),
    ],
  },
  {
    key: 'day-treatment',
    name: 'Kontrakt om behandlings- og specialundervisningstilbud (barnets lov § 32)',
    description:
      'Til køb af en plads i et behandlings- og specialundervisningstilbud efter lov om behandlings- og specialundervisningstilbud til børn og unge (tidligere dagbehandling). Tilbuddet skal være godkendt af beliggenhedskommunen ved en kvalitetsaftale. Aftal fremmøde, åbningstid og om der betales pr. fremmødedag eller pr. måned.',
    contractType: CONTRACT_TYPES.dayTreatment,
    legalBasis: [{ law: 'BL', section: '§32', validFrom: CHILDREN_ACT_FROM }],
    sections: [
      opening,
      { title: 'Godkendelse', clauses: required('quality-agreement') },
      {
        title: 'Indsatsen',
        clauses: [
          ...required(
            'service-description',
            'child-purpose',
            'attendance',
            'special-education',
            'child-change-of-need',
          ),
          ...childSafety,
          ...optional('staff', 'transport'),
        ],
      },
      pricing('rate', optional('hourly-rate')),
      settlement,
      steering('child-follow-up', 'child-incidents', []),
      closing('day-treatment-end'),
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
