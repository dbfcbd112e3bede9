// Demo clauses on what is paid around a stay or a visit: payment during absence (adults and children), cancelled
// visits in support at home, and the own payment the municipality sets under serviceloven § 163, never charged twice.
import { CONTRACT_TYPES } from '../contractTypes';
import { counted, field, type SeedClause } from './define';

const absenceFields = [
  counted('absenceNoticeDays', 'Frist for besked om fravær (hverdage)', 'workingDay'),
  counted('fullPayDays', 'Dage med fuld betaling', 'day'),
  field('reducedPercent', 'Betaling derefter (%)', 'number'),
];

export const STAY_PAYMENT_CLAUSES: SeedClause[] = [
  {
    key: 'absence',
    title: 'Betaling under fravær',
    topic: 'absence',
    text: [
      'Er borgeren fraværende fra tilbuddet i mere end et døgn, fx på grund af indlæggelse, ferie eller afsoning, giver Leverandøren Kommunen besked senest {{absenceNoticeDays}} efter fraværets begyndelse.',
      'Kommunen betaler fuld takst, indtil et sammenhængende fravær har varet {{fullPayDays}}. Derefter betales {{reducedPercent}} % af taksten, indtil borgeren vender tilbage, eller kontrakten ophører.',
      'Leverandøren oplyser fraværsperioder på fakturaen.',
    ],
    fields: absenceFields,
    guidance:
      'Uden en regel betales fuld takst for en tom plads i måneder. Besked inden for to hverdage er rimeligt: det giver Kommunen mulighed for at nedsætte betalingen fra den rigtige dag og vurdere, om en indlæggelse eller afsoning ændrer behovet, uden at Leverandøren skal melde hvert kort fravær.',
    recognitionPhrases: ['fravær', 'indlæggelse', 'reserveret plads', 'pladsreservation', 'tomgangsbetaling'],
    types: [CONTRACT_TYPES.temporary, CONTRACT_TYPES.longTerm],
  },
  {
    key: 'child-absence',
    title: 'Betaling, når barnet eller den unge ikke er på stedet',
    topic: 'absence',
    text: [
      'Er barnet eller den unge i mere end et døgn ikke på børne- og ungehjemmet ud over aftalt samvær, fx på grund af indlæggelse, giver Leverandøren Kommunen besked senest {{absenceNoticeDays}} efter fraværets begyndelse. Er barnet eller den unge forsvundet eller udeblevet uden aftale, gælder bestemmelsen om hændelser, og Kommunen får besked straks.',
      'Kommunen betaler fuld takst, indtil et sammenhængende fravær har varet {{fullPayDays}}. Derefter betales {{reducedPercent}} % af taksten, så længe pladsen holdes til barnet eller den unge.',
      'Aftalt samvær hos forældre eller netværk er ikke fravær. Leverandøren oplyser fraværsperioder på fakturaen.',
    ],
    fields: absenceFields,
    guidance:
      'Et barn, der er væk uden aftale, meldes straks efter bestemmelsen om hændelser – fraværsreglen handler kun om betalingen. Ved indlæggelse er besked senest hverdagen efter rimeligt: Kommunen skal kunne følge op på barnets behandling og på, om pladsen skal holdes.',
    recognitionPhrases: ['fravær', 'indlæggelse', 'reserveret plads', 'pladsreservation', 'tomgangsbetaling'],
    types: [CONTRACT_TYPES.placement],
    codes: ['bl43', 'bl46', 'bl47'],
  },
  {
    key: 'cancelled-visits',
    title: 'Aflyste besøg',
    topic: 'absence',
    text: [
      'Melder borgeren afbud senest {{cancelNoticeHours}} før et aftalt besøg, betaler Kommunen ikke for besøget, og Leverandøren tilbyder så vidt muligt et nyt tidspunkt i samme uge.',
      'Melder borgeren afbud senere, eller er borgeren ikke hjemme uden at have meldt afbud, betaler Kommunen for den planlagte tid, dog højst {{maxChargedHours}} om måneden. Leverandøren noterer hvert aflyst besøg og oplyser dem på fakturaen, så de ikke tæller som leverede timer.',
      'Aflyser Leverandøren et besøg, betales det ikke, og Leverandøren tilbyder et nyt tidspunkt hurtigst muligt.',
      'Aflyser borgeren mange besøg, kontakter Leverandøren Kommunen, så Kommunen kan vurdere, om støtten passer til borgerens behov.',
    ],
    fields: [
      counted('cancelNoticeHours', 'Frist for afbud (timer)', 'hour'),
      counted('maxChargedHours', 'Højst betalt for sene afbud pr. måned (timer)', 'hour'),
    ],
    guidance:
      'Støtte efter servicelovens § 85 i eget hjem betales pr. time, og uden en regel for afbud bliver aflyste besøg faktureret som leverede. Aftal en kort frist for afbud, et loft over betaling for sene afbud, og at mange aflysninger meldes til sagsbehandleren: de kan være tegn på, at støtten ikke passer.',
    recognitionPhrases: ['afbud', 'aflyst besøg', 'aflysning', 'forgæves besøg', 'udeblivelse'],
    types: [CONTRACT_TYPES.support],
    codes: ['sel85', 'abl105'],
  },
  {
    key: 'own-payment',
    title: 'Egenbetaling og dobbeltbetaling',
    topic: 'own-payment',
    text: [
      'Borgeren betaler for opholdet efter servicelovens § 163, stk. 2, og Kommunen træffer afgørelse om egenbetalingen efter reglerne om betaling for ophold i botilbud. Har borgeren under et midlertidigt ophold efter § 107 bevaret sin egen bolig, betaler borgeren normalt ikke for boligen i tilbuddet. Egenbetalingen fastsættes ikke ud fra Leverandørens opgørelse, og Leverandøren opkræver kun betaling hos borgeren, i det omfang Kommunens afgørelse giver adgang til det.',
      'Udgifter, som takstgrundlaget regner med i taksten, kan ikke også opkræves som egenbetaling. Efter takstredegørelsen omfatter taksten disse udgifter til bolig, kost og forbrug: {{costsInRate}}.',
      'Leverandøren giver Kommunen de oplysninger om boligudgifter, kost og andre ydelser, som Kommunen skal bruge for at fastsætte egenbetalingen, og oplyser ændringer, før de får virkning.',
    ],
    fields: [field('costsInRate', 'Udgifter til bolig, kost og forbrug, der er i taksten', 'text')],
    guidance:
      'Borgere i botilbud efter §§ 107-110 skal betale for opholdet (servicelovens § 163, stk. 2); egenbetalingen er derfor ikke valgfri, men den er Kommunens afgørelse – ikke et beløb, leverandøren sætter. Har borgeren under et midlertidigt ophold beholdt sin egen bolig, betaler borgeren normalt ikke for boligen i tilbuddet. Tjek i takstredegørelsen, om husleje, kost, el og varme allerede er med i taksten; er de det, må borgeren ikke betale for dem igen. Spørg efter opgørelsen, hvis borgeren eller pårørende klager over prisen.',
    recognitionPhrases: [
      'egenbetaling',
      'kost og logi',
      'borgerens betaling',
      'husleje',
      'forplejning',
      'egenbetalingen',
    ],
    types: [CONTRACT_TYPES.temporary, CONTRACT_TYPES.longTerm],
    codes: ['sel107', 'sel108'],
  },
];
