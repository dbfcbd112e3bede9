// The clause topics of the demo library: one slug per subject a contract should settle, with its Danish name.

/**
 * Topic slugs used by the seeded clauses (`Clause.topic`) and by checklist items (`requiresTopic`). Topics are
 * data: a municipality may add its own, so this list only documents what the demo library uses.
 */
export const TOPICS = {
  parties: 'Parterne',
  'legal-basis': 'Lovgrundlag og afgørelse',
  'contract-basis': 'Kontraktgrundlag og leverandørens egne vilkår',
  'framework-agreement': 'Rammeaftale og styringsaftale',
  term: 'Ikrafttræden og varighed',
  subcontracting: 'Underleverandører',
  'service-description': 'Ydelsesbeskrivelse',
  'target-group': 'Målgruppe og støttebehov',
  'weekly-hours': 'Ugentlige timer efter § 83 og § 85',
  staff: 'Personale og kompetencer',
  'change-of-need': 'Ændringer i støttebehovet',
  transport: 'Befordring',
  schooling: 'Skolegang og undervisning',
  'family-contact': 'Samvær og forældresamarbejde',
  attendance: 'Fremmøde og åbningstid',
  'quality-agreement': 'Godkendelse ved kvalitetsaftale',
  'criminal-record': 'Børneattest',
  'duty-to-report': 'Underretningspligt',
  'transition-18': 'Overgangen ved 18 år',
  rate: 'Takst',
  'rate-basis': 'Takstgrundlag og takstredegørelse',
  'add-on-services': 'Tillægsydelser',
  'special-rate': 'Særtakst',
  'price-regulation': 'Prisregulering',
  absence: 'Betaling under fravær',
  'own-payment': 'Borgerens egenbetaling',
  settlement: 'Afregning og betaling',
  'invoice-content': 'Fakturaens indhold',
  'settlement-adjustment': 'Efterregulering og modregning',
  'non-delivery': 'Manglende levering',
  liability: 'Erstatningsansvar',
  insurance: 'Forsikring',
  'follow-up': 'Opfølgning og SMART-mål',
  'time-registration': 'Tidsregistrering',
  renegotiation: 'Genforhandling',
  supervision: 'Tilsyn',
  tilbudsportalen: 'Registrering på Tilbudsportalen',
  incidents: 'Indberetning af hændelser',
  'key-figures': 'Nøgletal og årlig afrapportering',
  'housing-document': 'Boligdokument (§ 108)',
  'data-protection': 'Databeskyttelse og tavshedspligt',
  'change-of-provider': 'Tab af godkendelse, konkurs, ejerskifte og overdragelse',
  termination: 'Opsigelse og ophør',
  disputes: 'Tvister',
} as const;

export type Topic = keyof typeof TOPICS;
