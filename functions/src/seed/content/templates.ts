// Demo contract templates: §107, §108, §85 support at home, a placement on a børne- og ungehjem and a
// behandlings- og specialundervisningstilbud, each built from the demo clauses by key, with one-of choices.
import type { TemplateAlternative } from '@koberollen/shared/domain/template';

import { SIGNATURE_FIELDS } from './clauses/parties';
import { CONTRACT_TYPES, type ContractType } from './contractTypes';

export interface SeedClauseRef {
  key: string;
  mandatory: boolean;
  alternative?: TemplateAlternative;
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
const alternative = (key: string, mandatory: boolean, alt: TemplateAlternative): SeedClauseRef => ({
  key,
  mandatory,
  alternative: alt,
});

/** Variant A or B: exactly one, after whether the offer is inside the regional framework agreement. */
const frameworkChoice = [
  alternative('framework-inside', true, { choice: 'framework', option: 'inside' }),
  alternative('framework-outside', true, { choice: 'framework', option: 'outside' }),
];
/** A særtakst, if any, either ends on a date or is reviewed every month. */
const specialRateChoice = [
  alternative('special-rate-end', false, { choice: 'specialRate', option: 'endDate' }),
  alternative('special-rate-review', false, { choice: 'specialRate', option: 'monthlyReview' }),
];

/** Barnets lov took over children's placements and supporting measures from serviceloven on this day. */
const CHILDREN_ACT_FROM = '2024-01-01';

/** Parties and basis; `basisKeys` are clauses on the decisions behind the contract, after the legal basis. */
function openingWith(basisKeys: string[]) {
  return {
    title: 'Parter og grundlag',
    clauses: [
      ...required('parties', 'legal-basis', ...basisKeys, 'contract-basis'),
      ...frameworkChoice,
      ...required('term'),
    ],
  };
}
const opening = openingWith([]);
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

/** The signature block, last in every template. */
const signing = { title: 'Underskrifter', clauses: required('signatures') };

function pricing(rateKey: string, extra: SeedClauseRef[]) {
  return {
    title: 'Pris',
    clauses: [
      ...required(rateKey, 'rate-basis', 'add-on-services', 'price-regulation'),
      ...specialRateChoice,
      ...extra,
    ],
  };
}

const adultService = (targetGroupKey: string, extra: string[]) => ({
  title: 'Indsatsen',
  clauses: [
    ...required('service-description', targetGroupKey, 'weekly-hours', 'change-of-need'),
    ...optional('staff', ...extra),
  ],
});
const adultSteering = steering('follow-up', 'incidents', ['supervision', 'tilbudsportalen']);
const childSafety = required('criminal-record', 'duty-to-report');

/** Acting and paying municipality: every template reminds of them; the parties clause names them. */
const MUNICIPALITIES =
  'Kommunen er handlekommune (retssikkerhedslovens § 9); står en anden kommune som betalingskommune, skrives den i bestemmelsen om parterne.';

export const DEMO_TEMPLATES: readonly SeedTemplate[] = [
  {
    key: 'temporary',
    name: 'Kontrakt om midlertidigt botilbud (serviceloven § 107)',
    description: `Til køb af et midlertidigt ophold i et botilbud efter serviceloven § 107. Kontrakten skal have en slutdato eller en revurderingsdato, ugentlige timer efter § 83 og § 85 og tættere opfølgning end ved længerevarende ophold. Borgeren betaler for opholdet efter serviceloven § 163, stk. 2. Variant A eller B vælges efter, om tilbuddet er omfattet af den regionale rammeaftale. ${MUNICIPALITIES}`,
    contractType: CONTRACT_TYPES.temporary,
    legalBasis: [{ law: 'SEL', section: '§107' }],
    sections: [
      opening,
      adultService('target-group', ['transport']),
      pricing('rate', required('absence', 'own-payment')),
      settlement,
      adultSteering,
      closing('termination'),
      signing,
    ],
  },
  {
    key: 'long-term',
    name: 'Kontrakt om længerevarende botilbud (serviceloven § 108)',
    description: `Til køb af et længerevarende ophold i et botilbud efter serviceloven § 108. Kontrakten løber normalt uden slutdato; aftal derfor en dato for genforhandling, og vedlæg boligdokumentet. Variant A eller B vælges efter, om tilbuddet er omfattet af den regionale rammeaftale. ${MUNICIPALITIES}`,
    contractType: CONTRACT_TYPES.longTerm,
    legalBasis: [{ law: 'SEL', section: '§108' }],
    sections: [
      opening,
      adultService('target-group', ['transport']),
      { title: 'Bolig', clauses: required('housing-document') },
      pricing('rate', required('absence', 'own-payment')),
      settlement,
      adultSteering,
      closing('termination'),
      signing,
    ],
  },
  {
    key: 'support',
    name: 'Kontrakt om socialpædagogisk støtte (serviceloven § 85)',
    description: `Til køb af socialpædagogisk støtte efter serviceloven § 85 i borgerens eget hjem, også når hjemmet er en almen bolig efter almenboligloven § 105. Socialtilsynet godkender kun § 85-støtte i botilbudslignende tilbud i en § 105-bolig; støtte i eget hjem er ikke godkendt af socialtilsynet. Prisen aftales pr. time ansigt-til-ansigt-tid med et fast ugentligt timetal og en regel for aflyste besøg. ${MUNICIPALITIES}`,
    contractType: CONTRACT_TYPES.support,
    legalBasis: [
      { law: 'SEL', section: '§85' },
      { law: 'ABL', section: '§105' },
    ],
    sections: [
      opening,
      adultService('support-target-group', []),
      pricing('hourly-rate', [...required('cancelled-visits'), ...optional('transport')]),
      settlement,
      steering('follow-up', 'incidents', ['tilbudsportalen']),
      closing('termination'),
      signing,
    ],
  },
  {
    key: 'placement',
    name: 'Kontrakt om anbringelse af et barn eller en ung på et børne- og ungehjem (barnets lov)',
    description: `Til anbringelse på et børne- og ungehjem efter barnets lov § 43 med eller uden samtykke (§ 46 og § 47). Skriv formålet med anbringelsen og den forventede varighed som i afgørelsen, og husk aftaler om skolegang, samvær, ungeplanen fra 16 år (barnets lov § 108) og ungestøtte efter 18 år (barnets lov kapitel 13). ${MUNICIPALITIES}`,
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
      signing,
    ],
  },
  {
    key: 'day-treatment',
    name: 'Kontrakt om behandlings- og specialundervisningstilbud (barnets lov § 32 og folkeskoleloven § 3)',
    description: `Til køb af en plads i et behandlings- og specialundervisningstilbud efter lov nr. 1532 af 12. december 2023 (tidligere dagbehandling). Henvisningen kræver to afgørelser (lovens § 4, stk. 2): dagbehandling efter barnets lov § 32, stk. 1, nr. 5 eller 8, og specialundervisning efter folkeskolelovens § 3, stk. 2, efter pædagogisk-psykologisk rådgivning. En ung, der fylder 18 år i skoleåret, kan gøre skoleåret færdigt, når kommunerne og tilbuddet er enige (§ 4, stk. 3). Tilbuddet skal være godkendt af beliggenhedskommunen ved en kvalitetsaftale. ${MUNICIPALITIES}`,
    contractType: CONTRACT_TYPES.dayTreatment,
    legalBasis: [
      { law: 'BL', section: '§32', validFrom: CHILDREN_ACT_FROM },
      { law: 'FSL', section: '§3', validFrom: CHILDREN_ACT_FROM },
    ],
    sections: [
      openingWith(['day-treatment-basis']),
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
          ...required('day-treatment-18'),
          ...optional('staff', 'transport'),
        ],
      },
      pricing('rate', optional('hourly-rate')),
      settlement,
      steering('child-follow-up', 'day-incidents', []),
      closing('day-treatment-end'),
      signing,
    ],
  },
];

/** Fields every demo template needs: the signature block's, which its closing clause `signatures` holds. */
export const TEMPLATE_FIELDS = SIGNATURE_FIELDS;
