// Kinds of provider in the demo catalogue and the offers each kind runs: paragraph, target groups, methods,
// places and the span of list prices.
import type { RateType } from '@koberollen/shared/domain/rate';

import { PARAGRAPHS } from './contractTypes';

export interface RateSpec {
  type: RateType;
  label: string;
  min: number;
  max: number;
}

export interface OfferSpec {
  /** Offer id within the provider. */
  id: string;
  /** Appended to the provider's place name, e.g. "midlertidigt ophold". */
  suffix: string;
  paragraph: string;
  targetGroups: readonly string[];
  methods: readonly string[];
  places: [number, number];
  rates: RateSpec[];
}

export interface ProviderKind {
  /** Words a provider of this kind is named with, e.g. "Bofællesskabet". */
  prefixes: readonly string[];
  /** Offers every provider of this kind has, then offers some have. */
  offers: OfferSpec[];
  optionalOffers: OfferSpec[];
}

export const ADULT_GROUPS = [
  'Udviklingshæmning',
  'Autismespektrumforstyrrelse',
  'Sindslidelse',
  'Erhvervet hjerneskade',
  'Dobbeltdiagnose',
  'Fysisk funktionsnedsættelse',
] as const;

export const CHILD_GROUPS = [
  'Omsorgssvigt',
  'Adfærdsvanskeligheder',
  'Autisme hos børn og unge',
  'Selvskade og spiseforstyrrelse',
  'ADHD og tilknytningsvanskeligheder',
] as const;

const ADULT_METHODS = [
  'Low arousal',
  'KRAP',
  'Neuropædagogik',
  'Recovery-orienteret tilgang',
  'Mentalisering',
  'TEACCH',
  'Motiverende samtale',
  'Housing First',
] as const;

const CHILD_METHODS = [
  'Miljøterapi',
  'Traumebevidst omsorg',
  'Marte Meo',
  'Mentalisering',
  'ICDP',
  'Low arousal',
  'Kognitiv adfærdsterapi',
  'Familieterapi',
] as const;

const temporary: OfferSpec = {
  id: 'midlertidigt-107',
  suffix: 'midlertidigt ophold',
  paragraph: PARAGRAPHS.sel107,
  targetGroups: ADULT_GROUPS,
  methods: ADULT_METHODS,
  places: [6, 24],
  rates: [{ type: 'day', label: 'Døgntakst', min: 2100, max: 4800 }],
};

const longTerm: OfferSpec = {
  id: 'laengerevarende-108',
  suffix: 'længerevarende ophold',
  paragraph: PARAGRAPHS.sel108,
  targetGroups: ADULT_GROUPS,
  methods: ADULT_METHODS,
  places: [8, 32],
  rates: [{ type: 'day', label: 'Døgntakst', min: 1900, max: 4200 }],
};

const support: OfferSpec = {
  id: 'stoette-85',
  suffix: 'støtte i egen bolig',
  paragraph: PARAGRAPHS.sel85,
  targetGroups: ADULT_GROUPS,
  methods: ADULT_METHODS,
  places: [15, 80],
  rates: [
    { type: 'hour', label: 'Timepris ansigt-til-ansigt', min: 480, max: 720 },
    { type: 'package', label: 'Pakke med 8 timer om ugen', min: 16500, max: 24500 },
  ],
};

const placement: OfferSpec = {
  id: 'doegnophold-43',
  suffix: 'døgnophold',
  paragraph: PARAGRAPHS.bl43,
  targetGroups: CHILD_GROUPS,
  methods: CHILD_METHODS,
  places: [4, 14],
  rates: [{ type: 'day', label: 'Døgntakst', min: 3200, max: 6800 }],
};

const dayTreatment: OfferSpec = {
  id: 'dagbehandling-32',
  suffix: 'behandling og specialundervisning',
  paragraph: PARAGRAPHS.bl32,
  targetGroups: CHILD_GROUPS,
  methods: CHILD_METHODS,
  places: [8, 30],
  rates: [{ type: 'month', label: 'Månedstakst', min: 24000, max: 42000 }],
};

/** Five kinds, used in turn so every paragraph has offers whatever the catalogue's size. */
export const PROVIDER_KINDS: readonly ProviderKind[] = [
  {
    prefixes: ['Bofællesskabet', 'Botilbuddet', 'Bocentret', 'Opgangsfællesskabet'],
    offers: [longTerm],
    optionalOffers: [temporary, support],
  },
  {
    prefixes: ['Bostøtteteamet', 'Støttecentret', 'Mentorhuset'],
    offers: [support],
    optionalOffers: [temporary],
  },
  {
    prefixes: ['Børnehjemmet', 'Børne- og ungehjemmet', 'Ungehjemmet'],
    offers: [placement],
    optionalOffers: [dayTreatment],
  },
  {
    prefixes: ['Behandlingstilbuddet', 'Behandlingsskolen', 'Familiehuset'],
    offers: [dayTreatment],
    optionalOffers: [placement],
  },
  {
    prefixes: ['Botilbuddet', 'Bocentret', 'Overgangsboligen'],
    offers: [temporary],
    optionalOffers: [longTerm, support],
  },
];
