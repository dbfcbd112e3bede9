// What a sentence must hold besides a topic's phrase for the topic to count as settled there, per topic key: a cue
// of commitment (a payment, a period, a cover) and words showing the sentence is about something else. Kept as data
// beside the topics' synonyms, so that a word named in passing ("husleje" in a list of help given) settles nothing.
import type { TopicCues } from './topicCueShape';
import { PAYMENT_CUES } from './topicCuesPayment';

export const TOPIC_CUES: Readonly<Record<string, TopicCues>> = {
  // A rate only pointed to elsewhere ("Vores takst kan du se på Tilbudsportalen") is not settled in the text.
  rate: {
    excluding: [
      'betaler selv',
      'betales af borgeren',
      'egenbetaling',
      'tilbudsportalen',
      'kan du se',
      'kan ses',
      'fremgår af',
      'står i det',
      'bidrager',
    ],
  },
  // How a special rate is worked out is no basis of the rate itself.
  // Staff named in an absence rule ("aflyser … fordi vi har bemandet huset") or in who invoices builds no rate.
  'rate-basis': {
    excluding: ['moms', 'særtakst', 'tillægstakst', 'fremgår af', 'aflyser', 'afbud', 'fravær', 'afregner'],
  },
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
    excluding: ['fravær', 'ingen'],
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
  ...PAYMENT_CUES,
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
      'har',
      'ja',
    ],
    // The citizen's own affairs the support helps with ("har selv styr på husleje og forsikringer").
    excluding: ['styr på', 'overblik', 'hjælp til', 'ingen særlige'],
  },
  // Night checks on a resident ("nattilsyn hver anden time") are care, not the authority's supervision.
  supervision: {
    // The authority's supervision: an approval, a visit, a report or the authority named; not adults watching over.
    required: [
      'socialtilsyn',
      'godkendt',
      'godkendelse',
      'tilsynsbesøg',
      'tilsynsrapport',
      'tilsynsmyndighed',
      'besøg',
      'rapport',
      'myndighed',
      'kommune',
      'driftsorienteret',
      'under tilsyn',
      '§',
    ],
    excluding: [
      'personrettede tilsyn',
      'personrettet tilsyn',
      'nattilsyn',
      'natligt tilsyn',
      'tilsyn om natten',
      'skærpet tilsyn med',
      // The staff's own daily checks ("fører tilsyn med værktøjet hver morgen") are no authority's.
      'hver dag',
      'hver morgen',
      'dagligt',
      // Adults keeping an eye on pupils ("tilsyn i frikvartererne") and an authority that no longer approves.
      'frikvarter',
      'brug for tilsyn',
      'godkender ikke',
      'ikke længere',
      // A report sent to the authority ("magtanvendelse indberettes til socialtilsynet") is the duty to report.
      'indberettes',
      'indberetter',
      'magtanvendelse',
    ],
  },
  // An agreement said not to exist settles nothing.
  'quality-agreement': {
    excluding: ['ikke indgået', 'har ikke', 'ingen kvalitetsaftale', 'findes ikke', 'foreligger ikke'],
  },
  // Personal data handled under rules, not personal data talked about ("vi taler med de unge om persondata").
  'data-protection': {
    required: [
      'behandler',
      'behandles',
      'behandling',
      'opbevares',
      'opbevarer',
      'dataansvarlig',
      'databehandler',
      'databehandleraftale',
      'gdpr',
      'forordning',
      'lov',
      'regler',
      'tavshedspligt',
      'fortrolig',
      'fortroligt',
      'slettes',
      'sletter',
      'adgang',
      'journal',
      'sikker',
      'deles',
      'videregives',
      'samtykke',
      'krypteret',
      'overholder',
      'efter',
      'privatlivspolitik',
    ],
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
    // Nor is a price told ("underretter Kommunen om det regulerede vederlag") or parents told of the day in Aula.
    excluding: [
      'allerede sendt',
      'allerede underrettet',
      'allerede givet',
      'betales',
      'betaler',
      'varsel',
      'vederlag',
      'regulerede',
      'taksten',
      'prisen',
      'aula',
      'dagbog',
    ],
  },
  // A special rate or surcharge running out ("Særtaksten ophører derefter") ends no agreement.
  // An end hoped never to come ("vi har aldrig haft behov for at sige op") is no term of notice.
  // Help with the citizen's own notice ("hjælper borgeren med at opsige sit lejemål") ends no agreement.
  // A rate "den af KL udmeldte" is announced, not a pupil's "udmeldelse".
  termination: { excluding: ['særtakst', 'tillægget', 'aldrig', 'lejemål', 'hjælper', 'hjælp til', 'af kl'] },
  // A special rate or surcharge starting ("Særtaksten starter den 1. marts") starts no agreement.
  // A duty "under hele aftalens løbetid" says nothing of how long the agreement runs.
  // An invoice received on a day ("modtager faktura den 10.") starts nothing.
  term: { excluding: ['særtakst', 'tillægget', 'under hele', 'i hele', 'faktura', 'regning'] },
  // The targets of a quality agreement and an evaluation of the agreement itself are no follow-up on the citizen.
  'follow-up': {
    required: ['hver', 'hvert', 'gange om', 'kvartal', 'årligt', 'halvårligt', 'møde', 'mål', 'status'],
    excluding: [
      'kvalitetsaftale',
      'aftalen evalueres',
      'evaluering af aftalen',
      'samarbejdet evalueres',
      // Daily care ("vi følger op på lektierne hver dag") is no follow-up on the plan's goals.
      'hver dag',
      'dagligt',
      'i hverdagen',
      // A surcharge ending after an evaluation ("falder prisen tilbage til …") is a special rate's review.
      'falder prisen',
      'falder tilbage',
      'særtakst',
    ],
  },
};
