// What a sentence must hold besides a topic's phrase for the topic to count as settled there, per topic key: a cue
// of commitment (a payment, a period, a cover) and words showing the sentence is about something else. Kept as data
// beside the topics' synonyms, so that a word named in passing ("husleje" in a list of help given) settles nothing.

/** A topic's cues: one of `required` must share the sentence with the phrase; none of `excluding` may. */
export interface TopicCues {
  required?: readonly string[];
  excluding?: readonly string[];
}

/** Phrases that put a sentence outside the agreement ("reguleres ikke af denne aftale"): it settles no topic. */
export const OUT_OF_SCOPE = [
  'ikke af denne aftale',
  'ikke af aftalen',
  'ikke omfattet af denne aftale',
  'ikke omfattet af aftalen',
  'ikke en del af denne aftale',
  'ikke en del af aftalen',
  'uden for denne aftale',
  'uden for aftalen',
  'ikke reguleret af',
];

export const TOPIC_CUES: Readonly<Record<string, TopicCues>> = {
  rate: { excluding: ['betaler selv', 'betales af borgeren', 'egenbetaling'] },
  'special-rate': {
    required: [
      'særtakst',
      'en periode',
      'i perioder',
      'overgangsperiode',
      'tidsbegrænset',
      'afgrænset',
      'indtil',
      'de første',
      'vurderes',
      'gennemgås',
    ],
  },
  absence: {
    required: ['betaler', 'betales', 'betaling', 'pris', 'takst', 'faktureres', 'fakturerer', 'regning', 'leveret'],
  },
  'add-on-services': { excluding: ['særtakst'] },
  'own-payment': {
    required: ['selv', 'betaler', 'betales', 'egenbetaling', 'opkræves', 'opkræver', 'beløb'],
    excluding: ['ikke noget'],
  },
  settlement: {
    required: [
      'betalingsfrist',
      'betalingsbetingelser',
      'netto',
      'forud',
      'bagud',
      'ean',
      'kommunen',
      'afregnes',
      'afregning',
      'inden',
      'i måneden',
      'hver måned',
      'månedsvis',
    ],
  },
  insurance: { required: ['dækker', 'dækket', 'dækkes', 'dækning', 'tegnet', 'tegner', 'selvrisiko', 'er forsikret'] },
  supervision: { excluding: ['personrettede tilsyn', 'personrettet tilsyn'] },
  'duty-to-report': {
    required: ['kommune', 'sagsbehandler', 'rådgiver', 'myndighed', 'socialtilsyn', 'underretning', 'underrette'],
  },
  'follow-up': {
    required: ['hver', 'hvert', 'gange om', 'kvartal', 'årligt', 'halvårligt', 'møde', 'mål', 'status'],
  },
};
