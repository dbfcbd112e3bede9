// The clause topics of the demo library: one key per subject a contract should settle, with its Danish name and the
// phrases that reveal it in a provider's own wording (`#` stands for any number).

export interface SeedTopic {
  name: string;
  synonyms: string[];
}

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
  term: {
    name: 'Ikrafttræden og varighed',
    synonyms: [
      'træder i kraft',
      'ikrafttræden',
      'aftalen gælder fra',
      'aftalen løber',
      'løbetid',
      'varighed',
      'indskrivningen starter',
      'tidsbegrænset',
      'gælder indtil',
    ],
  },
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
  'quality-agreement': {
    name: 'Godkendelse ved kvalitetsaftale',
    synonyms: [
      'kvalitetsaftale',
      'aftale om kvalitet',
      'aftale med beliggenhedskommunen',
      'godkendt af beliggenhedskommunen',
    ],
  },
  'criminal-record': {
    name: 'Børneattest',
    synonyms: ['børneattest', 'straffeattest', 'attest fra politiet', 'politiattest', 'børneattester'],
  },
  'duty-to-report': {
    name: 'Underretningspligt',
    synonyms: [
      'underretningspligt',
      'underretter',
      'underretning',
      'bekymrede for',
      'bekymring for',
      'giver besked til kommunen',
    ],
  },
  'transition-18': {
    name: 'Overgangen ved 18 år',
    synonyms: ['efterværn', 'fylder 18', 'det 18. år', 'voksenlivet'],
  },
  rate: {
    name: 'Takst',
    synonyms: [
      'takst',
      'døgnpris',
      'timepris',
      'månedspris',
      'grundpris',
      'pris pr',
      'prisen er',
      'koster',
      'vederlag',
      '# kr. pr.',
      '# kr. i timen',
      '# kr. om',
      '# kr. for',
      'kr. pr. døgn',
    ],
  },
  'rate-basis': {
    name: 'Takstgrundlag og takstredegørelse',
    synonyms: [
      'takstgrundlag',
      'takstredegørelse',
      'takstberegning',
      'bygger på tilbuddets budget',
      'budgetgrundlag',
      'delpriser',
      'beregningen af taksten',
      'fordelt på løn',
    ],
  },
  'add-on-services': {
    name: 'Tillægsydelser',
    synonyms: [
      'tillægsydelse',
      'tilkøb',
      'ekstraydelse',
      'merydelse',
      'faktureres særskilt',
      'afregnes særskilt',
      'efter regning',
      'ud over taksten',
      'ud over prisen',
      'ikke med i prisen',
      'ikke indeholdt i prisen',
      'efter medgået tid',
    ],
  },
  'special-rate': {
    name: 'Særtakst',
    synonyms: [
      'særtakst',
      'ekstra normering',
      'ekstra voksen',
      'ekstra støtte',
      'mere støtte',
      'ekstra forløb',
      'tillægstakst',
      'midlertidig forhøjelse',
    ],
  },
  'price-regulation': {
    name: 'Prisregulering',
    synonyms: [
      'prisregulering',
      'pristalsreguleres',
      'reguleres',
      'fremskrives',
      'fremskrivning',
      'pris- og lønskøn',
      'pris- og lønudvikling',
      'indeksreguleres',
      'priserne stiger',
      'priser stiger',
      'pl-sats',
      'justeres',
      'lønindeks',
      'prisindeks',
    ],
  },
  absence: {
    name: 'Betaling under fravær',
    synonyms: [
      'fravær',
      'indlagt',
      'indlæggelse',
      'sygdom betales',
      'er hjemme på',
      'afbestiller',
      'aflyser',
      'pladsen holdes',
      'reserveret plads',
      'tomgangsbetaling',
      'afbud',
    ],
  },
  'own-payment': {
    name: 'Borgerens egenbetaling',
    synonyms: ['egenbetaling', 'betaler selv', 'betaler husleje', 'kost og logi', 'borgerens betaling'],
  },
  settlement: {
    name: 'Afregning og betaling',
    synonyms: [
      'afregning',
      'fakturerer',
      'faktureres månedsvis',
      'faktureres måned',
      'faktura hver',
      'regning hver',
      'samlet regning',
      'opkræver betaling',
      'betalingsfrist',
      'netto # dage',
      'betalt senest',
      'forudbetaling',
    ],
  },
  'invoice-content': { name: 'Fakturaens indhold', synonyms: ['fakturaen skal indeholde', 'specifikation'] },
  'settlement-adjustment': {
    name: 'Efterregulering og modregning',
    synonyms: ['efterregulering', 'modregning', 'modregnes', 'tilbagebetaling'],
  },
  'non-delivery': { name: 'Manglende levering', synonyms: ['misligholdelse', 'manglende levering', 'afhjælpning'] },
  liability: {
    name: 'Erstatningsansvar',
    synonyms: [
      'erstatningsansvar',
      'erstatningsansvarlig',
      'ansvarlig for tab',
      'ansvarlig for skader',
      'hæfter for',
      'hæfter ikke',
      'ansvarsbegrænsning',
      'skadesløs',
    ],
  },
  insurance: { name: 'Forsikring', synonyms: ['forsikring', 'forsikret', 'selvrisiko'] },
  'follow-up': {
    name: 'Opfølgning og SMART-mål',
    synonyms: [
      'opfølgning',
      'statusmøde',
      'statusrapport',
      'skriftlig status',
      'kort status',
      'barnets mål',
      'borgerens mål',
      'status',
      'målene for',
    ],
  },
  'time-registration': { name: 'Tidsregistrering', synonyms: ['tidsregistrering', 'timeregistrering'] },
  renegotiation: { name: 'Genforhandling', synonyms: ['genforhandling', 'genforhandles'] },
  supervision: {
    name: 'Tilsyn',
    synonyms: ['socialtilsyn', 'socialtilsynet', 'under tilsyn', 'tilsyn fra', 'tilsynsrapport', 'tilsynets'],
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
      'gdpr',
      'persondata',
      'personoplysninger',
      'databehandler',
      'tavshedspligt',
      'fortrolighed',
    ],
  },
  'change-of-provider': {
    name: 'Tab af godkendelse, konkurs, ejerskifte og overdragelse',
    synonyms: ['ejerskifte', 'konkurs', 'rekonstruktion', 'overdrage aftalen'],
  },
  termination: {
    name: 'Opsigelse og ophør',
    synonyms: [
      'opsigelse',
      'opsiges',
      'siger den op',
      'sige aftalen op',
      'opsigelsesvarsel',
      'varsel',
      'varsles',
      'ophører',
      'ophør',
      'stopper',
      'udskrive',
      'fraflytning',
      'hjemtage',
    ],
  },
  disputes: { name: 'Tvister', synonyms: ['tvist', 'uenighed', 'voldgift', 'værneting'] },
} satisfies Record<string, SeedTopic>;

export type Topic = keyof typeof TOPICS;
