// Demo clauses on settlement and invoices, and on what happens when something goes wrong: non-delivery,
// liability and insurance.
import { field, type SeedClause } from './define';

export const PAYMENT_CLAUSES: SeedClause[] = [
  {
    key: 'settlement',
    title: 'Afregning og betaling',
    topic: 'settlement',
    text: [
      'Leverandøren fakturerer {{billingInterval}} og {{billingTiming}}. Fakturaen sendes elektronisk til Kommunens EAN-nummer {{eanNumber}}.',
      'Kommunen betaler senest 30 dage efter at have modtaget en korrekt faktura. En faktura, der ikke lever op til kravene til indhold, sendes retur, og fristen løber først fra modtagelsen af en korrekt faktura.',
      'Krav for en periode skal være faktureret senest {{settlementDeadlineMonths}} måneder efter periodens udløb. Krav, der faktureres senere, betales ikke.',
    ],
    fields: [
      field('billingInterval', 'Faktureringsinterval', 'text'),
      field('billingTiming', 'Forud eller bagud', 'text'),
      field('eanNumber', 'Kommunens EAN-nummer', 'text'),
      field('settlementDeadlineMonths', 'Frist for fakturering (måneder)', 'number'),
    ],
    guidance:
      'Aftal, om der afregnes forud eller bagud, og hold betalingsfristen på højst 30 dage. En frist for efterfakturering beskytter budgettet mod regninger for perioder, der for længst er lukket.',
    recognitionPhrases: [
      'afregning',
      'betalingsbetingelser',
      'forudbetaling',
      'bagudbetaling',
      'netto 30 dage',
      'betalingsfrist',
      'EAN',
    ],
  },
  {
    key: 'invoice-content',
    title: 'Krav til fakturaens indhold',
    topic: 'invoice-content',
    text: [
      'Fakturaen skal oplyse: Kommunens sagsnummer {{caseReference}}, perioden, tilbuddets navn, takstens enhed og pris, antal enheder, særtakst og tillægsydelser på hver sin linje, fravær i perioden og kontraktens nummer.',
      'Fakturaen må ikke indeholde borgerens personnummer eller oplysninger om helbred. Borgeren identificeres alene ved sagsnummeret.',
      'Priserne på fakturaen skal svare til kontraktens priser med den regulering, kontrakten giver adgang til. Afviger en pris, forklares det i en bemærkning på fakturaen.',
    ],
    fields: [field('caseReference', 'Sagsnummer i sagssystemet', 'text')],
    guidance:
      'Følger fakturaen kontraktens opbygning, kan økonomi kontrollere hver linje automatisk og se forbruget pr. leverandør og målgruppe. Send fakturaer retur, der samler det hele i ét beløb.',
    recognitionPhrases: ['faktura', 'fakturering', 'fakturaens indhold', 'specifikation', 'regning'],
  },
  {
    key: 'non-delivery',
    title: 'Manglende levering af indsatsen',
    topic: 'non-delivery',
    text: [
      'Leverer Leverandøren ikke indsatsen som aftalt – fx færre timer end aftalt eller en indsats af ringere kvalitet – orienterer Leverandøren straks Kommunen og oplyser senest {{remedyDays}} hverdage efter, hvordan og hvornår forholdet rettes.',
      'Kommunen kan kræve et forholdsmæssigt afslag i betalingen for den periode, hvor indsatsen ikke er leveret. Spørgsmål om misligholdelse afgøres i øvrigt efter dansk rets almindelige regler.',
      'Ved væsentlig eller gentagen manglende levering kan Kommunen hæve kontrakten uden varsel.',
    ],
    fields: [field('remedyDays', 'Frist for plan for afhjælpning (hverdage)', 'number')],
    guidance:
      'Brug opfølgningen og tidsregistreringen til at dokumentere, hvad der faktisk leveres. Tal med forhandleren, før der kræves afslag eller hæves.',
    recognitionPhrases: [
      'misligholdelse',
      'manglende levering',
      'afhjælpning',
      'forholdsmæssigt afslag',
      'ophævelse',
      'ikke leveret',
    ],
  },
  {
    key: 'liability',
    title: 'Erstatningsansvar',
    topic: 'liability',
    text: [
      'Parterne er erstatningsansvarlige efter dansk rets almindelige regler. Leverandøren er ansvarlig for skader, som Leverandørens medarbejdere forvolder i forbindelse med indsatsen.',
      'Kommunen hæfter ikke for skader, som borgeren forvolder på tilbuddets bygninger eller inventar. Er andet aftalt udtrykkeligt, dækker Kommunen højst {{liabilityCap}} kr. pr. skade.',
    ],
    fields: [field('liabilityCap', 'Kommunens loft pr. skade (kr.)', 'amount', false)],
    guidance:
      'Leverandørers egne kontrakter kræver ofte, at kommunen dækker alle skader, borgeren forvolder. Sådanne vilkår accepteres kun efter aftale med forhandleren – og da med et loft.',
    recognitionPhrases: [
      'erstatningsansvar',
      'ansvarsbegrænsning',
      'skadesløs',
      'hæfter for',
      'erstatning',
      'ansvarsfraskrivelse',
    ],
  },
  {
    key: 'insurance',
    title: 'Forsikring',
    topic: 'insurance',
    text: [
      'Leverandøren har de forsikringer, der er sædvanlige for denne type tilbud, herunder erhvervsansvarsforsikring og lovpligtig arbejdsskadeforsikring, og sender dokumentation senest {{insuranceProofDays}} dage efter Kommunens anmodning.',
      'Har borgeren egen bolig i tilbuddet, sørger borgeren selv for indboforsikring. Kommunen tegner ikke forsikringer for Leverandøren eller borgeren og betaler ikke selvrisiko på Leverandørens forsikringer.',
    ],
    fields: [field('insuranceProofDays', 'Frist for dokumentation af forsikring (dage)', 'number')],
    guidance:
      'Urimelige forsikringsvilkår er blandt de hyppigste problemer i leverandørers kontrakter, fx krav om at kommunen betaler selvrisiko eller skader ud over almindeligt slid. Stryg vilkårene, eller få dem prissat og begrænset.',
    recognitionPhrases: ['forsikring', 'selvrisiko', 'ansvarsforsikring', 'indboforsikring', 'forsikringsforhold'],
  },
];
