// Demo clauses on price: the rate and its basis, add-ons, special rates, regulation, absence and own payment.
import { CONTRACT_TYPES, RESIDENTIAL_TYPES } from '../contractTypes';
import { field, type SeedClause } from './define';

const specialRateFields = [
  field('specialRateAmount', 'Særtakst (kr.)', 'amount'),
  field('specialRateUnit', 'Enhed for særtaksten', 'text'),
  field('specialRateStart', 'Særtakst fra', 'date'),
];

const specialRateGuidance =
  'En særtakst uden slutdato eller fast opfølgning har det med at blive permanent. Aftal altid en slutdato eller opfølgning hver måned, og skriv, hvilken ekstra indsats særtaksten betaler for. Køberollen minder om slutdatoen og om de månedlige opfølgninger.';

export const PRICE_CLAUSES: SeedClause[] = [
  {
    key: 'rate',
    title: 'Takst',
    topic: 'rate',
    text: [
      'Kommunen betaler {{rateAmount}} kr. {{rateUnit}} for indsatsen. Taksten gælder fra den {{rateValidFrom}}.',
      'Taksten dækker alle ydelser i ydelsesbeskrivelsen, herunder ledelse, administration, fællesarealer, forsikringer og dokumentation. Leverandøren kan ikke kræve betaling for ydelser, kontrakten ikke nævner.',
    ],
    fields: [
      field('rateAmount', 'Takst (kr.)', 'amount'),
      field('rateUnit', 'Enhed (pr. døgn, pr. måned …)', 'text'),
      field('rateValidFrom', 'Taksten gælder fra', 'date'),
    ],
    guidance:
      'Angiv taksten som et beløb pr. døgn, pr. måned eller pr. time. Sammenlign med listeprisen på Tilbudsportalen og med de takster, Kommunen har forhandlet for samme målgruppe hos andre leverandører.',
    recognitionPhrases: ['takst', 'døgntakst', 'månedstakst', 'pris pr. døgn', 'betaling for pladsen'],
  },
  {
    key: 'hourly-rate',
    title: 'Timepris for ansigt-til-ansigt-tid',
    topic: 'rate',
    text: [
      'For timebaseret støtte betaler Kommunen {{hourlyRate}} kr. pr. time ansigt-til-ansigt-tid med borgeren. Prisen er forhandlet den {{negotiatedDate}}.',
      'Timeprisen dækker forberedelse, transport, dokumentation og supervision. Er en ydelse aftalt som en pakke, oplyses også pakkens pris omregnet til pris pr. time ansigt-til-ansigt-tid.',
    ],
    fields: [
      field('hourlyRate', 'Timepris (kr.)', 'amount'),
      field('negotiatedDate', 'Dato for forhandlingen', 'date'),
    ],
    guidance:
      'Når alle priser er omregnet til pris pr. time ansigt-til-ansigt-tid, kan tilbud med forskellige pakker sammenlignes direkte. Notér altid, hvornår prisen blev forhandlet.',
    recognitionPhrases: ['timepris', 'pris pr. time', 'ansigt-til-ansigt', 'timesats', 'pakkepris'],
    types: [CONTRACT_TYPES.support, CONTRACT_TYPES.dayTreatment],
    codes: ['sel85', 'abl105', 'bl32'],
  },
  {
    key: 'rate-basis',
    title: 'Takstgrundlag og takstredegørelse',
    topic: 'rate-basis',
    text: [
      'Taksten bygger på Leverandørens takstredegørelse af {{rateStatementDate}}, som er vedlagt som bilag. Redegørelsen deler taksten op i delpriser for mindst: personale til direkte støtte, ledelse og administration, bygning og husleje, kost, aktiviteter og øvrige fællesudgifter.',
      'For personaledelen oplyser redegørelsen antal årsværk, faggrupper og den normering, der er regnet med for borgeren.',
      'Ændrer Leverandøren forudsætningerne for beregningen, sendes en opdateret takstredegørelse til Kommunen, før en ændret takst kan gøres gældende.',
    ],
    fields: [field('rateStatementDate', 'Takstredegørelsens dato', 'date')],
    guidance:
      'Uden takstgrundlag kan Kommunen ikke se, hvad den betaler for, og har intet at forhandle ud fra. Bed altid om en takstredegørelse med delpriser. Oplyser leverandøren kun én samlet pris, er det et signal om, at prisen bør forhandles.',
    recognitionPhrases: [
      'takstgrundlag',
      'takstredegørelse',
      'takstberegning',
      'budgetgrundlag',
      'delpriser',
      'omkostningsfordeling',
    ],
  },
  {
    key: 'add-on-services',
    title: 'Tillægsydelser',
    topic: 'add-on-services',
    text: [
      'Ud over taksten kan Kommunen købe disse tillægsydelser til de anførte priser: {{addOnServices}}.',
      'En tillægsydelse leveres og faktureres kun efter Kommunens skriftlige bestilling med omfang, periode og pris. Tillægsydelser står på egne linjer på fakturaen.',
      'Tillægsydelser, der ikke har en pris i kontrakten, kan ikke faktureres.',
    ],
    fields: [field('addOnServices', 'Tillægsydelser med pris og enhed', 'text')],
    guidance:
      'Mange kontrakter mangler priser på tillægsydelser. Skriv hver ydelse med pris og enhed, fx "ekstra ledsagelse: 465 kr. pr. time". Så kan økonomi kontrollere fakturaen linje for linje.',
    recognitionPhrases: ['tillægsydelse', 'tilkøb', 'ekstraydelse', 'merydelse', 'særskilt betaling'],
  },
  {
    key: 'special-rate-end',
    title: 'Særtakst med slutdato',
    topic: 'special-rate',
    text: [
      'Fra den {{specialRateStart}} til og med den {{specialRateEnd}} betaler Kommunen en særtakst på {{specialRateAmount}} kr. {{specialRateUnit}} ud over den almindelige takst.',
      'Særtaksten betaler for denne ekstra indsats: {{specialRateReason}}. Særtaksten bortfalder af sig selv på slutdatoen, medmindre parterne forinden skriftligt har aftalt en forlængelse på grundlag af en ny vurdering.',
    ],
    fields: [
      ...specialRateFields,
      field('specialRateEnd', 'Særtakst til og med', 'date'),
      field('specialRateReason', 'Den ekstra indsats', 'text'),
    ],
    guidance: specialRateGuidance,
    recognitionPhrases: ['særtakst', 'ekstra normering', 'tillægstakst', 'midlertidig forhøjelse', '1:1-støtte'],
  },
  {
    key: 'special-rate-review',
    title: 'Særtakst med månedlig opfølgning',
    topic: 'special-rate',
    text: [
      'Fra den {{specialRateStart}} betaler Kommunen en særtakst på {{specialRateAmount}} kr. {{specialRateUnit}}. Parterne følger op på særtaksten hver måned.',
      'Senest den 5. i hver måned sender Leverandøren en kort status på den ekstra indsats med antal leverede ekstra timer og udviklingen i borgerens behov. På grundlag af opfølgningen kan Kommunen nedsætte eller afslutte særtaksten fra den følgende måned.',
    ],
    fields: specialRateFields,
    guidance: specialRateGuidance,
    recognitionPhrases: ['særtakst', 'månedlig opfølgning', 'ekstra ressourcer', 'midlertidig ekstrastøtte'],
  },
  {
    key: 'price-regulation',
    title: 'Prisregulering',
    topic: 'price-regulation',
    text: [
      'Taksten og priserne på tillægsydelser kan reguleres én gang om året pr. 1. {{regulationMonth}} med højst den pris- og lønudvikling, som KL melder ud for året.',
      'Leverandøren varsler reguleringen skriftligt mindst {{regulationNoticeDays}} dage, før den får virkning, med en beregning, der viser den hidtidige pris, den nye pris og den anvendte sats.',
      "En regulering ud over KL's sats kræver en ny takstredegørelse og en skriftlig aftale. Uden en sådan aftale betaler Kommunen kun den pris, KL's sats giver.",
    ],
    fields: [
      field('regulationMonth', 'Reguleringsmåned', 'text'),
      field('regulationNoticeDays', 'Varsel for regulering (dage)', 'number'),
    ],
    guidance:
      "Økonomi tjekker, at stigningerne ikke overstiger KL's sats for året, som registreres i indstillingerne. Regulerer en leverandør mere, så bed om en begrundelse og forhandl.",
    recognitionPhrases: [
      'prisregulering',
      'pristalsregulering',
      'PL-sats',
      'reguleres årligt',
      'indeksregulering',
      'prisfremskrivning',
    ],
  },
  {
    key: 'absence',
    title: 'Betaling under fravær',
    topic: 'absence',
    text: [
      'Er borgeren fraværende fra tilbuddet, fx på grund af indlæggelse, ferie eller afsoning, betaler Kommunen fuld takst de første {{fullPayDays}} dage. Derefter betales {{reducedPercent}} % af taksten, indtil borgeren vender tilbage, eller kontrakten ophører.',
      'Leverandøren oplyser fraværsperioder på fakturaen.',
    ],
    fields: [
      field('fullPayDays', 'Dage med fuld betaling', 'number'),
      field('reducedPercent', 'Betaling derefter (%)', 'number'),
    ],
    guidance:
      'Uden en regel betales fuld takst for en tom plads i måneder. Aftal en grænse, og bed om at få fravær oplyst på fakturaen.',
    recognitionPhrases: ['fravær', 'indlæggelse', 'reserveret plads', 'pladsreservation', 'tomgangsbetaling'],
    types: RESIDENTIAL_TYPES,
  },
  {
    key: 'own-payment',
    title: 'Borgerens egenbetaling',
    topic: 'own-payment',
    text: [
      'Borgerens betaling for kost, husleje, el, varme og andre personlige udgifter er ikke en del af Kommunens takst og opkræves efter de regler, der gælder for tilbuddet. Leverandøren giver borgeren og Kommunen en specificeret opgørelse.',
      'Ved kontraktens indgåelse udgør borgerens egenbetaling {{ownPaymentAmount}} kr. om måneden ifølge Leverandørens opgørelse. Leverandøren må ikke opkræve betaling hos borgeren for ydelser, som taksten dækker.',
    ],
    fields: [field('ownPaymentAmount', 'Borgerens egenbetaling pr. måned (kr.)', 'amount')],
    guidance:
      'Tjek, at de samme udgifter ikke optræder både i taksten og i borgerens egenbetaling. Spørg efter opgørelsen, hvis borgeren eller pårørende klager over prisen.',
    recognitionPhrases: ['egenbetaling', 'kost og logi', 'borgerens betaling', 'husleje', 'forplejning'],
    types: [CONTRACT_TYPES.temporary, CONTRACT_TYPES.longTerm],
    codes: ['sel107', 'sel108'],
  },
];
