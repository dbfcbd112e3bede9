// Demo clauses that make the contract steer: follow-up with SMART goals, time registration, renegotiation,
// supervision, Tilbudsportalen, incident reports and annual key figures.
import { ADULT_TYPES, CONTRACT_TYPES } from '../contractTypes';
import { counted, field, INCIDENT_FIELDS, type SeedClause } from './define';

export const FOLLOW_UP_CLAUSES: SeedClause[] = [
  {
    key: 'follow-up',
    title: 'Opfølgning og SMART-mål',
    topic: 'follow-up',
    text: [
      'Indsatsen tilrettelægges efter mål, der er specifikke, målbare, accepterede, realistiske og tidsbestemte (SMART). Kommunen fastsætter målene sammen med borgeren og Leverandøren, og de står i et bilag.',
      'Parterne holder opfølgningsmøde hver {{followUpMonths}}. Senest {{reportDaysBefore}} før mødet sender Leverandøren en skriftlig status på hvert mål, på de leverede timer og på ændringer i borgerens behov, udfyldt i Kommunens opfølgningsskema.',
      'Viser opfølgningen, at målene er nået, eller at indsatsen ikke virker, drøfter parterne en tilpasning af indsatsen og prisen.',
    ],
    fields: [
      counted('followUpMonths', 'Opfølgning hver (måneder)', 'month', true),
      counted('reportDaysBefore', 'Status sendes før mødet (dage)', 'day'),
    ],
    guidance:
      'Følg tættere op på midlertidige ophold efter § 107 og på de dyreste sager, fx tre til fire gange om året. Brug det faste opfølgningsskema, så opfølgninger kan sammenlignes over tid og på tværs af leverandører.',
    recognitionPhrases: ['opfølgning', 'statusmøde', 'handleplan', 'SMART', 'målopfølgning', 'statusrapport'],
    types: ADULT_TYPES,
  },
  {
    key: 'time-registration',
    title: 'Tidsregistrering',
    topic: 'time-registration',
    text: [
      'I en periode på {{registrationWeeks}} efter opstart registrerer Leverandøren den tid, der bruges på den direkte indsats, fordelt på dag, ydelse og faggruppe.',
      'Registreringen sendes til Kommunen senest 14 dage efter periodens afslutning og bruges til at vurdere, om det aftalte støtteniveau – og dermed taksten – er retvisende.',
      'Kommunen kan kræve en ny registrering, hvis behovet for indsatsen ændrer sig, eller hvis Leverandøren beder om en højere takst.',
    ],
    fields: [counted('registrationWeeks', 'Antal uger med tidsregistrering', 'week')],
    guidance:
      'Tre ugers registrering efter opstart giver et godt grundlag for at fastlægge støtteniveauet. Brug registreringen aktivt ved første opfølgning og ved genforhandling.',
    recognitionPhrases: ['tidsregistrering', 'registrering af timer', 'dokumentation af tid', 'timeregistrering'],
  },
  {
    key: 'renegotiation',
    title: 'Genforhandling',
    topic: 'renegotiation',
    text: [
      'Parterne genforhandler takst og indsats senest den {{renegotiationDate}} og derefter mindst én gang om året, eller når en af parterne dokumenterer, at behovet for indsatsen har ændret sig væsentligt.',
      'Ved genforhandlingen fremlægger Leverandøren en opdateret takstredegørelse og status på de aftalte mål. På grundlag af opfølgningen kan Kommunen kræve, at pladsens placering i takstmodellen ændres.',
      'Indtil der er indgået en ny aftale, gælder kontraktens hidtidige vilkår. Er parterne ikke enige senest {{renegotiationWeeks}} efter, at en af dem har krævet genforhandling, kan hver part opsige kontrakten efter bestemmelsen om opsigelse, og Kommunen kan vurdere, om indsatsen skal leveres et andet sted.',
      'Ændres lovgivningen eller en afgørelse fra en myndighed, så indsatsen eller betalingen må ændres, tilpasser parterne kontrakten skriftligt fra det tidspunkt, ændringen får virkning. Kontrakten kan aldrig forpligte nogen af parterne til at handle i strid med loven.',
    ],
    fields: [
      field('renegotiationDate', 'Første genforhandling senest', 'date'),
      counted('renegotiationWeeks', 'Frist for enighed ved genforhandling (uger)', 'week'),
    ],
    guidance:
      'Uklare vilkår for genforhandling betyder i praksis, at prisen kun kan gå op. Skriv en dato for første genforhandling – Køberollen minder om den – og en frist for enighed, så Kommunens krav om genforhandling har en konsekvens. Ændret lovgivning håndteres efter andet afsnit: en kontrakt kan ikke fravige loven.',
    recognitionPhrases: ['genforhandling', 'takstplacering', 'genforhandles', 'revision af aftalen', 'revurdering'],
  },
  {
    key: 'supervision',
    title: 'Socialtilsyn og kvalitet',
    topic: 'supervision',
    text: [
      'Tilbuddet er godkendt efter socialtilsynsloven af {{supervisoryAuthority}}. Leverandøren orienterer Kommunen, hvis godkendelsen ændres, eller hvis socialtilsynet giver påbud eller sætter tilbuddet under skærpet tilsyn.',
      'Leverandøren sender på anmodning de seneste tilsynsrapporter. Kommunen fører tilsyn med den enkelte sag og kan som led i det besøge tilbuddet, både anmeldt og uanmeldt, se de oplysninger, der vedrører sagen, og tale med den, indsatsen gælder, uden Leverandørens personale til stede.',
    ],
    fields: [field('supervisoryAuthority', 'Socialtilsyn, der har godkendt tilbuddet', 'text')],
    guidance:
      'Læs den seneste tilsynsrapport, før der vælges tilbud, og notér konklusionen i leverandørkataloget. Påbud og skærpet tilsyn skal med i indstillingen til visitationsudvalget. Kommunens eget tilsyn med den enkelte sag følger af servicelovens § 148 for voksne og af barnets lov §§ 95-96 og § 156 for anbragte børn; kontrakten sikrer adgangen. Gælder botilbud og børne- og ungehjem; behandlings- og specialundervisningstilbud godkendes i stedet af beliggenhedskommunen ved en kvalitetsaftale.',
    recognitionPhrases: ['tilsyn', 'socialtilsynet', 'tilsynsrapport', 'godkendelse', 'påbud', 'skærpet tilsyn'],
    types: [...ADULT_TYPES, CONTRACT_TYPES.placement],
  },
  {
    key: 'tilbudsportalen',
    title: 'Registrering på Tilbudsportalen',
    topic: 'tilbudsportalen',
    text: [
      'Tilbuddet er registreret på Tilbudsportalen med tilbuds-id {{tilbudsportalenId}}. Leverandøren holder oplysningerne på Tilbudsportalen ajour, herunder målgruppe, metoder, pladser, takster og godkendelse.',
      'Afviger oplysningerne på Tilbudsportalen fra kontrakten, gælder kontrakten mellem parterne. Leverandøren orienterer Kommunen om afvigelsen og beder socialtilsynet om at rette oplysninger, som socialtilsynet har godkendt, og retter selv de oplysninger, Leverandøren har ansvaret for.',
    ],
    fields: [field('tilbudsportalenId', 'Tilbuds-id på Tilbudsportalen', 'text')],
    guidance:
      'Tilbudsportalen er det fælles sted at se godkendelse, målgruppe og listepris. Socialtilsynet godkender og offentliggør oplysningerne om godkendelsen; leverandøren kan ikke selv ændre dem. Notér tilbuds-id, så kontrakten kan kobles til tilbuddet i leverandørkataloget, og tjek, at den godkendte målgruppe dækker behovet.',
    recognitionPhrases: ['tilbudsportalen', 'tilbuds-id', 'tilbudsid', 'registreret på'],
    types: [...ADULT_TYPES, CONTRACT_TYPES.placement],
  },
  {
    key: 'incidents',
    title: 'Indberetning af hændelser og magtanvendelse',
    topic: 'incidents',
    text: [
      'Er borgeren forsvundet, eller er borgerens liv eller helbred i fare, giver Leverandøren straks Kommunen besked – uden for Kommunens åbningstid via {{emergencyContact}} – og kontakter politi eller sundhedsvæsen, når situationen kræver det.',
      'Magtanvendelse, vold, utilsigtede hændelser og politianmeldelser indberettes efter de gældende regler, og Kommunens sagsbehandler orienteres senest første hverdag efter hændelsen via {{incidentChannel}}.',
    ],
    fields: INCIDENT_FIELDS,
    guidance:
      'En borger, der er forsvundet, meldes med det samme – ikke næste hverdag. Mange indberetninger kan være et tegn på, at støtten ikke passer til borgerens behov. Tag dem op ved næste opfølgning.',
    recognitionPhrases: ['magtanvendelse', 'utilsigtede hændelser', 'indberetning', 'alvorlige hændelser'],
    types: ADULT_TYPES,
  },
  {
    key: 'key-figures',
    title: 'Nøgletal og årlig afrapportering',
    topic: 'key-figures',
    text: [
      'Leverandøren sender hvert år en opgørelse over tilbuddets belægning, personalets uddannelse, personaleomsætning og sygefravær sammen med det seneste årsregnskab, første gang senest den {{firstReportDate}} og derefter på samme dato hvert år.',
      'Kommunen bruger oplysningerne til at sammenligne tilbud og som grundlag for genforhandling.',
    ],
    fields: [field('firstReportDate', 'Første afrapportering senest', 'date')],
    guidance:
      'Nøgletallene gør det muligt at se, om en takststigning hænger sammen med udviklingen i tilbuddets udgifter. Læg dem i leverandørkataloget.',
    recognitionPhrases: ['nøgletal', 'belægning', 'årsregnskab', 'afrapportering', 'personaleomsætning'],
  },
];
