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
  'ikke af denne overenskomst',
  'ikke af overenskomsten',
  'ikke af denne kontrakt',
  'ikke af kontrakten',
  'ikke omfattet af kontrakten',
  'uden for kontrakten',
];

/**
 * Phrases that deny a topic or put it off ("Særtakst er ikke aktuelt", "det vender jeg tilbage til", "tager vi, når
 * den egentlige kontrakt skal laves"): the sentence settles no topic.
 */
export const DEFERRED = [
  'er ikke aktuelt',
  'er ikke aktuel',
  'er ikke relevant',
  'vender jeg tilbage',
  'vender vi tilbage',
  'jeg vender tilbage',
  'vi vender tilbage',
  'kommer vi tilbage til',
  'kommer jeg tilbage til',
  'tager vi + når',
  'tager vi + senere',
  'aftales senere',
  'aftaler vi senere',
  'afklares senere',
  'snakker vi gerne om',
  'taler vi gerne om',
  'egentlige kontrakt',
  'endelige kontrakt + senere',
  'følger senere',
  'oplyses senere',
  'eftersendes',
  'ikke afklaret',
  'ikke på plads',
  'er ikke aftalt',
  'bruger vi ikke',
  'anvender vi ikke',
  'benytter vi ikke',
];

export const TOPIC_CUES: Readonly<Record<string, TopicCues>> = {
  // A rate only pointed to elsewhere ("Vores takst kan du se på Tilbudsportalen") is not settled in the text.
  rate: {
    excluding: ['betaler selv', 'betales af borgeren', 'egenbetaling', 'tilbudsportalen', 'kan du se', 'kan ses'],
  },
  // How a special rate is worked out is no basis of the rate itself.
  'rate-basis': { excluding: ['moms', 'særtakst', 'tillægstakst'] },
  'price-regulation': {
    required: [
      'pris',
      'takst',
      'vederlag',
      'sats',
      'beløb',
      'kr.',
      'procent',
      'årlig',
      'hvert år',
      'januar',
      'indeks',
      'økonomiaftale',
      'lønudvikling',
    ],
  },
  // Absence paid at the usual price ("midlertidigt fravær betales prisen uændret") is no special rate.
  'special-rate': {
    excluding: ['fravær'],
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
      'midlertidig',
      'ophører',
      'stopper',
      'ad gangen',
      'derefter',
      'herefter',
      'medmindre',
      'den første',
      'så længe',
      'hver måned',
      'falder bort',
      'bortfalder',
      'udløb',
      'højst # uger',
      'højst # måneder',
    ],
  },
  absence: {
    required: [
      'betaler',
      'betales',
      'betaling',
      'pris',
      'takst',
      'vederlag',
      'faktureres',
      'fakturerer',
      'regning',
      'leveret',
      'nedsættes',
      'nedslag',
      'reduceres',
    ],
  },
  // What the municipality arranges itself is no add-on of the provider's; a time-limited extra is a special rate.
  'add-on-services': {
    excluding: [
      'moms',
      'særtakst',
      'de første',
      'den første',
      'så længe',
      'midlertidig',
      'en periode',
      'indtil',
      'ophører',
      'aftales af kommunen',
      'kommunen sørger',
      'kommunen selv',
      // A yearly price regulation ("tillægges hvert år … lønudviklingen") adds no service.
      'lønudvikling',
      'økonomiaftale',
      'procentvise',
    ],
  },
  'own-payment': {
    required: [
      'selv',
      'pris',
      'betaler',
      'betale',
      'betales',
      'egenbetaling',
      'opkræves',
      'opkræver',
      'beløb',
      '# kr.',
    ],
    // Help with the citizen's own bills ("hjælp til at få overblik over husleje") is the service, not a payment.
    excluding: ['hjælp til', 'hjælper med', 'støtte til', 'styr på', 'overblik', 'selvfølgelig'],
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
      'hver',
      'kvartal',
      'forfald',
      'afregnes',
      'afregning',
      'inden',
      'i måneden',
      'hver måned',
      'månedsvis',
    ],
  },
  insurance: {
    required: [
      'dækker',
      'dækket',
      'dækkes',
      'dækning',
      'tegnet',
      'tegner',
      'selvrisiko',
      'er forsikret',
      'skal have',
      'opretholder',
      'har en',
    ],
  },
  // Night checks on a resident ("nattilsyn hver anden time") are care, not the authority's supervision.
  supervision: {
    excluding: [
      'personrettede tilsyn',
      'personrettet tilsyn',
      'nattilsyn',
      'natligt tilsyn',
      'tilsyn om natten',
      'skærpet tilsyn',
      // Adults keeping an eye on pupils ("tilsyn i frikvartererne") and an authority that no longer approves.
      'frikvarter',
      'brug for tilsyn',
      'godkender ikke',
      'ikke længere',
    ],
  },
  // An agreement said not to exist settles nothing.
  'quality-agreement': {
    excluding: ['ikke indgået', 'har ikke', 'ingen kvalitetsaftale', 'findes ikke', 'foreligger ikke'],
  },
  'duty-to-report': {
    // In a letter to the case worker "du", "dig" and "jer" are the municipality; a report already made is no duty.
    required: [
      'kommune',
      'sagsbehandler',
      'rådgiver',
      'myndighed',
      'socialtilsyn',
      'underretning',
      'underrette',
      'du',
      'dig',
      'jer',
    ],
    // A payment counted from the municipality's notice ("fra kommunens skriftlige besked") is no report.
    excluding: ['allerede sendt', 'allerede underrettet', 'allerede givet', 'betales', 'betaler'],
  },
  // A special rate or surcharge running out ("Særtaksten ophører derefter") ends no agreement.
  termination: { excluding: ['særtakst', 'tillægget'] },
  // A special rate or surcharge starting ("Særtaksten starter den 1. marts") starts no agreement.
  term: { excluding: ['særtakst', 'tillægget'] },
  // The targets of a quality agreement and an evaluation of the agreement itself are no follow-up on the citizen.
  'follow-up': {
    required: ['hver', 'hvert', 'gange om', 'kvartal', 'årligt', 'halvårligt', 'møde', 'mål', 'status'],
    excluding: ['kvalitetsaftale', 'aftalen evalueres', 'evaluering af aftalen', 'samarbejdet evalueres'],
  },
};
