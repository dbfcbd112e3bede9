// Demo clauses on settlement, invoices and settlement adjustment, and on what happens when something goes wrong:
// non-delivery, liability and insurance.
import { counted, field, type SeedClause } from './define';

export const PAYMENT_CLAUSES: SeedClause[] = [
  {
    key: 'settlement',
    title: 'Afregning og betaling',
    topic: 'settlement',
    text: [
      'Leverandøren fakturerer {{billingInterval}} og {{billingTiming}}. Fakturaen sendes elektronisk til Kommunens EAN-nummer {{eanNumber}}.',
      'Kommunen betaler senest 30 dage efter at have modtaget en korrekt faktura. En faktura, der ikke lever op til kravene til indhold, sendes retur, og fristen løber først fra modtagelsen af en korrekt faktura.',
      'Krav for en periode skal være faktureret senest {{settlementDeadlineMonths}} efter periodens udløb. Krav, der faktureres senere, betales ikke, medmindre kravet følger af en afgørelse med tilbagevirkende kraft, eller forsinkelsen skyldes Kommunen.',
    ],
    fields: [
      field('billingInterval', 'Faktureringsinterval', 'text'),
      field('billingTiming', 'Forud eller bagud', 'text'),
      field('eanNumber', 'Kommunens EAN-nummer', 'text'),
      counted('settlementDeadlineMonths', 'Frist for fakturering (måneder)', 'month'),
    ],
    guidance:
      'Aftal, om der afregnes forud eller bagud, og hold betalingsfristen på højst 30 dage. En frist for efterfakturering beskytter budgettet mod regninger for perioder, der for længst er lukket. Fristen skal gælde begge veje: Kommunens krav på tilbagebetaling har samme frist (se efterregulering), ellers kan vilkåret blive tilsidesat efter aftalelovens § 36 som urimeligt. Krav, der skyldes en afgørelse med tilbagevirkende kraft, er undtaget.',
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
      'Fakturaen må ikke indeholde personnummer eller helbredsoplysninger. Sagen identificeres alene ved sagsnummeret.',
      'Priserne på fakturaen skal svare til kontraktens priser med den regulering, kontrakten giver adgang til. Afviger en pris, forklares det i en bemærkning på fakturaen.',
    ],
    fields: [field('caseReference', 'Sagsnummer i sagssystemet', 'text')],
    guidance:
      'Følger fakturaen kontraktens opbygning, kan økonomi kontrollere hver linje automatisk og se forbruget pr. leverandør og målgruppe. Send fakturaer retur, der samler det hele i ét beløb.',
    recognitionPhrases: ['faktura', 'fakturering', 'fakturaens indhold', 'specifikation', 'regning'],
  },
  {
    key: 'settlement-adjustment',
    title: 'Efterregulering og modregning',
    topic: 'settlement-adjustment',
    text: [
      'Har Kommunen betalt for meget – fx for en periode uden indsats, for timer, der ikke er leveret, for fravær, der ikke er oplyst, eller for en særtakst efter dens slutdato – opgør parterne beløbet ved en efterregulering. Leverandøren betaler beløbet tilbage senest {{refundDays}} efter Kommunens skriftlige opgørelse.',
      'Kommunen kan modregne et beløb, Kommunen har til gode efter kontrakten, i Leverandørens fakturaer efter dansk rets almindelige regler. Kommunen giver Leverandøren skriftlig besked med en opgørelse, før der modregnes.',
      'Er der betalt for lidt, efterfakturerer Leverandøren beløbet inden for fristen i bestemmelsen om afregning. Kommunen gør krav på tilbagebetaling gældende inden for den samme frist regnet fra periodens udløb, medmindre Leverandøren har givet urigtige oplysninger, eller kravet følger af en afgørelse med tilbagevirkende kraft.',
    ],
    fields: [counted('refundDays', 'Frist for tilbagebetaling (dage)', 'day')],
    guidance:
      'Fakturakontrollen finder ofte beløb, der er betalt for meget. Kontrakten skal give Kommunen ret til at få dem tilbage og til at modregne, så beløbet ikke skal inddrives for sig. For tilbud i en rammeaftale gælder styringsaftalens regler om efterregulering af taksten.',
    recognitionPhrases: ['efterregulering', 'modregning', 'tilbagebetaling', 'for meget betalt', 'modregnes'],
  },
  {
    key: 'non-delivery',
    title: 'Manglende levering af indsatsen',
    topic: 'non-delivery',
    text: [
      'Leverer Leverandøren ikke indsatsen som aftalt – fx færre timer end aftalt eller en indsats af ringere kvalitet – orienterer Leverandøren straks Kommunen og oplyser senest {{remedyDays}} efter, hvordan og hvornår forholdet rettes.',
      'Kommunen kan kræve et forholdsmæssigt afslag i betalingen for den periode, hvor indsatsen ikke er leveret. Afslaget beregnes efter timeprisen eller fradraget pr. time, kontrakten fastsætter, og ellers som den andel af taksten, der svarer til den del af indsatsen, der ikke er leveret. Spørgsmål om misligholdelse afgøres i øvrigt efter dansk rets almindelige regler.',
      'Er misligholdelsen væsentlig, og retter Leverandøren ikke forholdet inden for en rimelig frist, kan Kommunen ophæve kontrakten helt eller delvist. Gentagen manglende levering kan udgøre væsentlig misligholdelse. Ophæves kontrakten, gælder bestemmelsen om overgangen til et andet tilbud.',
    ],
    fields: [counted('remedyDays', 'Frist for plan for afhjælpning (hverdage)', 'workingDay')],
    guidance:
      'Brug opfølgningen og tidsregistreringen til at dokumentere, hvad der faktisk leveres. Ophævelse kræver væsentlig misligholdelse og bør næsten altid varsles med en frist for afhjælpning. Tal med forhandleren, før der kræves afslag eller hæves, og sørg for en plan for overgangen.',
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
      'Efter særlig aftale dækker Kommunen desuden skader, som den, indsatsen gælder, forvolder på Leverandørens bygninger og inventar under indsatsen, med højst {{liabilityCap}} kr. pr. skade og kun i det omfang, Leverandørens forsikring ikke dækker.',
    ],
    fields: [field('liabilityCap', 'Kommunens loft pr. skade (kr.), hvis det er aftalt', 'amount', false)],
    guidance:
      'Bestemmelsen er valgfri: KL har taget en særskilt ansvarsbestemmelse ud af sin standardkontrakt på voksenområdet (version 2.0), fordi dansk rets almindelige regler gælder alligevel. Brug den, når leverandørens egen kontrakt kræver, at Kommunen dækker skader. Kommunen er ikke forsikringsselskab: en aftalt dækning skal have et loft og gælder kun det, leverandørens forsikring ikke dækker. Aftal kun et loft efter aftale med forhandleren; uden loft falder den særlige dækning bort, og kun de almindelige regler gælder.',
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
      'Leverandøren har de forsikringer, der er sædvanlige for denne type tilbud, herunder erhvervsansvarsforsikring og lovpligtig arbejdsskadeforsikring, og sender dokumentation senest {{insuranceProofDays}} efter Kommunens anmodning.',
      'Kommunen tegner ikke forsikringer for Leverandøren og betaler ikke selvrisiko på Leverandørens forsikringer. Leverandøren oplyser Kommunen om, hvilke skader Leverandørens forsikringer ikke dækker.',
    ],
    fields: [counted('insuranceProofDays', 'Frist for dokumentation af forsikring (dage)', 'day')],
    guidance:
      'Urimelige forsikringsvilkår er blandt de hyppigste problemer i leverandørers kontrakter, fx krav om at kommunen betaler selvrisiko eller skader ud over almindeligt slid. Stryg vilkårene, eller få dem prissat og begrænset. Kontrakten kan ikke pålægge borgeren at tegne forsikring: borgeren er ikke part.',
    recognitionPhrases: ['forsikring', 'selvrisiko', 'ansvarsforsikring', 'indboforsikring', 'forsikringsforhold'],
  },
];
