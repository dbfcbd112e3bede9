// The clause topics of the demo library: one key per subject a contract should settle, with its Danish name and the
// phrases that reveal it in a provider's own wording (`#` stands for any number; parts joined by " + " need only
// share a sentence). The topics on price and payment are in `topicsPrice.ts` and `topicsPayment.ts`, those on the
// provider's duties towards the child or citizen in `topicsDuties.ts`, on the agreement's start, duration and end in
// `topicsTerm.ts`.
import type { SeedTopic } from './seedTopic';
import { DUTY_TOPICS } from './topicsDuties';
import { PAYMENT_TOPICS } from './topicsPayment';
import { PRICE_TOPICS } from './topicsPrice';
import { TERM_TOPICS } from './topicsTerm';

/**
 * Topic keys used by the seeded clauses (`Clause.topic`) and by checklist items (`requiresTopic`). Topics are data:
 * procurement may rename them, add synonyms or add its own topics; this is the library a municipality starts with.
 */
export const TOPICS = {
  parties: { name: 'Parterne', synonyms: ['parterne', 'aftalens parter', 'herefter kaldet', 'mellem'] },
  'legal-basis': {
    name: 'Lovgrundlag og afgørelse',
    synonyms: ['lovgrundlag', 'serviceloven', 'barnets lov', 'sel §', 'jf. §', 'efter § #', 'bevilget efter'],
  },
  'contract-basis': {
    name: 'Kontraktgrundlag og leverandørens egne vilkår',
    synonyms: ['almindelige betingelser', 'standardvilkår', 'forretningsbetingelser', 'går forud for', 'rangorden'],
  },
  'framework-agreement': {
    name: 'Rammeaftale og styringsaftale',
    synonyms: ['rammeaftale', 'styringsaftale', 'rammeaftalen'],
  },
  ...TERM_TOPICS,
  subcontracting: { name: 'Underleverandører', synonyms: ['underleverandør', 'underentreprise'] },
  'service-description': {
    name: 'Ydelsesbeskrivelse',
    synonyms: ['ydelsesbeskrivelse', 'ydelsen', 'tilbuddet omfatter', 'indsatsen består'],
  },
  'target-group': { name: 'Målgruppe og støttebehov', synonyms: ['målgruppe', 'støttebehov', 'funktionsniveau'] },
  'weekly-hours': {
    name: 'Ugentlige timer efter § 83 og § 85',
    synonyms: ['timer om ugen', 'timer pr. uge', 'ugentlige timer', 'timer ugentligt', 'støttetimer'],
  },
  staff: {
    name: 'Personale og kompetencer',
    synonyms: ['personalenormering', 'uddannelse', 'kompetencer', 'normering'],
  },
  'change-of-need': {
    name: 'Ændringer i støttebehovet',
    synonyms: ['ændrede behov', 'ændret behov', 'øget behov', 'tillægsaftale'],
  },
  transport: { name: 'Befordring', synonyms: ['befordring', 'kørsel', 'transport'] },
  schooling: { name: 'Skolegang og undervisning', synonyms: ['skolegang', 'intern skole', 'undervisning'] },
  'family-contact': { name: 'Samvær og forældresamarbejde', synonyms: ['samvær', 'forældresamarbejde'] },
  attendance: { name: 'Fremmøde og åbningstid', synonyms: ['fremmøde', 'åbningstid', 'skoledage'] },
  ...DUTY_TOPICS,
  'transition-18': {
    name: 'Overgangen ved 18 år',
    synonyms: ['efterværn', 'fylder 18', 'det 18. år', 'voksenlivet'],
  },
  ...PRICE_TOPICS,
  ...PAYMENT_TOPICS,
  'invoice-content': { name: 'Fakturaens indhold', synonyms: ['fakturaen skal indeholde', 'specifikation'] },
  'settlement-adjustment': {
    name: 'Efterregulering og modregning',
    synonyms: ['efterregulering', 'modregning', 'modregnes', 'tilbagebetaling'],
  },
  'non-delivery': { name: 'Manglende levering', synonyms: ['misligholdelse', 'manglende levering', 'afhjælpning'] },
  liability: {
    name: 'Erstatningsansvar',
    synonyms: [
      'går i stykker',
      'i stykker',
      'erstatningsansvar',
      'erstatningsansvarlig',
      'erstatning',
      'ansvarlig for tab',
      'ansvarlig for skader',
      'ansvar for skader',
      'ansvar for tab',
      'ansvar + skade',
      'ansvarlig + skade',
      'hæfter for',
      'hæfter ikke',
      'ansvarsbegrænsning',
      'skadesløs',
      'dansk rets almindelige regler',
      'forvolder',
      'forvoldt',
      'skader + dækkes af',
      'ansvarlig + ejendele',
      'ansvar + ejendele',
    ],
  },
  insurance: {
    name: 'Forsikring',
    synonyms: ['forsikring', 'forsikret', 'forsikringsdækning', 'selvrisiko'],
  },
  'follow-up': {
    name: 'Opfølgning og SMART-mål',
    synonyms: [
      'hvordan det går',
      'sine mål',
      'hans mål',
      'hendes mål',
      'dine mål',
      'de mål',
      'med målene',
      'målene i',
      'barnets plan',
      'borgerens plan',
      'elevens plan',
      'indsatsplan',
      'følges op',
      'gør status',
      'fremskridt',
      'progression',
      'opfølgning',
      'statusmøde',
      'statusrapport',
      'statusudtalelse',
      'skriftlig status',
      'kort status',
      'barnets mål',
      'borgerens mål',
      'elevens mål',
      'status',
      'målene for',
      'mål for',
      'delmål',
      'smart-mål',
      'handleplan',
      'evaluering',
      'evalueres',
      'samarbejdsmøde',
      'netværksmøde',
      'rapport + mål',
      'rapport + udvikling',
      'følger op',
      'følge op',
      'udviklingsplan',
    ],
  },
  'time-registration': { name: 'Tidsregistrering', synonyms: ['tidsregistrering', 'timeregistrering'] },
  renegotiation: { name: 'Genforhandling', synonyms: ['genforhandling', 'genforhandles'] },
  supervision: {
    name: 'Tilsyn',
    synonyms: [
      'socialtilsyn',
      'socialtilsynet',
      'under tilsyn',
      'tilsyn fra',
      'tilsynsrapport',
      'tilsynets',
      'tilsynsbesøg',
      'tilsynsmyndighed',
      'driftsorienteret tilsyn',
      'driftstilsyn',
      'uanmeldte besøg',
      'anmeldte besøg',
    ],
  },
  tilbudsportalen: { name: 'Registrering på Tilbudsportalen', synonyms: ['tilbudsportalen'] },
  incidents: {
    name: 'Indberetning af hændelser',
    synonyms: ['magtanvendelse', 'utilsigtede hændelser', 'indberetning'],
  },
  'key-figures': { name: 'Nøgletal og årlig afrapportering', synonyms: ['nøgletal', 'belægning', 'årsregnskab'] },
  'housing-document': { name: 'Boligdokument (§ 108)', synonyms: ['boligdokument', 'lejekontrakt', 'lejevilkår'] },
  'data-protection': {
    name: 'Databeskyttelse og tavshedspligt',
    synonyms: [
      'databeskyttelse',
      'databeskyttelsesforordningen',
      'databeskyttelsesloven',
      'gdpr',
      'persondata',
      'personoplysninger',
      'personfølsomme',
      'følsomme oplysninger',
      'databehandler',
      'tavshedspligt',
      'fortrolighed',
      'fortroligt',
      'oplysninger + slettes',
      'oplysninger + sletter',
      'oplysninger + opbevares',
      'oplysninger + behandler',
      'oplysninger + behandles',
      'datasikkerhed',
      'krypteret',
    ],
  },
  'change-of-provider': {
    name: 'Tab af godkendelse, konkurs, ejerskifte og overdragelse',
    synonyms: ['ejerskifte', 'konkurs', 'rekonstruktion', 'overdrage aftalen'],
  },
  disputes: { name: 'Tvister', synonyms: ['tvist', 'uenighed', 'voldgift', 'værneting'] },
} satisfies Record<string, SeedTopic>;

export type Topic = keyof typeof TOPICS;
