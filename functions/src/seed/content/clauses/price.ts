// Demo clauses on price: the rate and its basis, add-ons, special rates and the annual regulation.
import { CONTRACT_TYPES } from '../contractTypes';
import { counted, field, type SeedClause } from './define';

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
      'For timebaseret støtte betaler Kommunen {{hourlyRate}} kr. pr. time ansigt-til-ansigt-tid. Prisen er forhandlet den {{negotiatedDate}}.',
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
      'For personaledelen oplyser redegørelsen antal årsværk, faggrupper og den normering, der er regnet med for pladsen.',
      'Ændrer Leverandøren forudsætningerne for beregningen, sender Leverandøren en opdateret takstredegørelse til Kommunen. Redegørelsen er grundlag for en forhandling efter bestemmelsen om genforhandling; en ændret takst gælder først, når parterne har aftalt den skriftligt.',
      'Kommunen behandler takstredegørelsen fortroligt. Beder nogen om aktindsigt i den, vurderer Kommunen efter offentlighedsloven, om oplysninger om Leverandørens drifts- eller forretningsforhold skal undtages, og giver Leverandøren lejlighed til at udtale sig, før der gives indsigt.',
    ],
    fields: [field('rateStatementDate', 'Takstredegørelsens dato', 'date')],
    guidance:
      'En opdateret takstredegørelse ændrer ikke i sig selv taksten: kun en skriftlig aftale gør det. Takstredegørelsen kan indeholde forretningshemmeligheder; ved en anmodning om aktindsigt skal Kommunen vurdere offentlighedslovens § 30, nr. 2, og høre leverandøren. Uden takstgrundlag kan Kommunen ikke se, hvad den betaler for, og har intet at forhandle ud fra. Bed altid om en takstredegørelse med delpriser. Oplyser leverandøren kun én samlet pris, er det et signal om, at prisen bør forhandles.',
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
      'En tillægsydelse, der ikke har en pris i kontrakten, kan kun bestilles, når Kommunen og Leverandøren skriftligt har aftalt prisen ved bestillingen; den aftalte pris står i bestillingen. Tillægsydelser, der er leveret uden skriftlig bestilling, kan ikke faktureres.',
    ],
    fields: [field('addOnServices', 'Tillægsydelser med pris og enhed', 'text')],
    guidance:
      'Mange kontrakter mangler priser på tillægsydelser. Skriv hver ydelse med pris og enhed, fx "ekstra ledsagelse: 465 kr. pr. time". Så kan økonomi kontrollere fakturaen linje for linje. En leverandørkontrakt, der lader ydelser "efter behov" eller "efter medgået tid" blive faktureret uden bestilling, skal rettes: Kommunen betaler kun for det, den har bestilt skriftligt.',
    recognitionPhrases: [
      'tillægsydelse',
      'tilkøb',
      'ekstraydelse',
      'merydelse',
      'særskilt betaling',
      'faktureres særskilt',
      'ud over taksten',
      'efter medgået tid',
    ],
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
      'Senest den 5. i hver måned sender Leverandøren en kort status på den ekstra indsats med antal leverede ekstra timer og udviklingen i behovet. På grundlag af opfølgningen kan Kommunen nedsætte eller afslutte særtaksten fra den følgende måned.',
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
      'Taksten og priserne på tillægsydelser reguleres én gang om året, første gang den {{firstRegulationDate}} og derefter på samme dato hvert år.',
      'Reguleringen sker med satsen for pris- og lønudviklingen på serviceudgifter (PL-satsen), som den er skønnet i den seneste aftale om kommunernes økonomi mellem regeringen og KL. Senere korrektioner af skønnet ændrer ikke en regulering, der er gennemført. Leverandøren varsler reguleringen skriftligt mindst {{regulationNoticeDays}}, før den får virkning, med en beregning, der viser den hidtidige pris, den nye pris og den anvendte sats.',
      'Er tilbuddet omfattet af en regional rammeaftale, reguleres taksten i stedet efter styringsaftalens regler og på det tidspunkt, styringsaftalen fastsætter, og de to foregående afsnit gælder ikke.',
      'En stigning ud over reguleringen kræver en opdateret takstredegørelse og en skriftlig aftale mellem parterne. Uden en sådan aftale betaler Kommunen den regulerede pris.',
    ],
    fields: [
      field('firstRegulationDate', 'Første regulering', 'date'),
      counted('regulationNoticeDays', 'Varsel for regulering (dage)', 'day'),
    ],
    guidance:
      'Satsen er PL-satsen for serviceudgifter fra den seneste økonomiaftale mellem regeringen og KL, som den blev skønnet ved aftalen – ikke en sats, KL fastsætter alene, og ikke en senere korrektion. Økonomi registrerer årets sats i indstillingerne og tjekker fakturaerne mod den. Reguleringen sker den dato, kontrakten nævner; vælges en anden måned end januar, reguleres først, når den dato er passeret. Registrér kontraktens reguleringsgrundlag som "efter rammeaftalens styringsaftale", når tilbuddet er i rammeaftalen, så Køberollen ikke måler taksten mod PL-satsen. At regulere højst med PL-satsen er Kommunens forhandlingsposition og et aftalevilkår, ikke et lovkrav: regulerer en leverandør mere, så bed om en begrundelse og en opdateret takstredegørelse, og forhandl. For tilbud i en regional rammeaftale gælder styringsaftalens regler, og reguleringen kan ikke forhandles i den enkelte kontrakt.',
    recognitionPhrases: [
      'prisregulering',
      'pristalsregulering',
      'PL-sats',
      'reguleres årligt',
      'indeksregulering',
      'prisfremskrivning',
      'økonomiaftale',
    ],
  },
];
