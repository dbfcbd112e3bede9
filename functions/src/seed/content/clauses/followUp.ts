// Demo clauses that make the contract steer: follow-up with SMART goals, time registration, renegotiation,
// supervision, incident reports and annual key figures.
import { field, type SeedClause } from './define';

export const FOLLOW_UP_CLAUSES: SeedClause[] = [
  {
    key: 'follow-up',
    title: 'Opfølgning og SMART-mål',
    topic: 'follow-up',
    text: [
      'Indsatsen tilrettelægges efter mål, der er specifikke, målbare, accepterede, realistiske og tidsbestemte (SMART). Kommunen fastsætter målene sammen med borgeren og Leverandøren, og de står i et bilag.',
      'Parterne holder opfølgningsmøde hver {{followUpMonths}}. måned. Senest {{reportDaysBefore}} dage før mødet sender Leverandøren en skriftlig status på hvert mål, på de leverede timer og på ændringer i borgerens behov, udfyldt i Kommunens opfølgningsskema.',
      'Viser opfølgningen, at målene er nået, eller at indsatsen ikke virker, drøfter parterne en tilpasning af indsatsen og prisen.',
    ],
    fields: [
      field('followUpMonths', 'Opfølgning hver (måneder)', 'number'),
      field('reportDaysBefore', 'Status sendes dage før mødet', 'number'),
    ],
    guidance:
      'Følg tættere op på midlertidige ophold efter § 107 og på de dyreste sager, fx tre til fire gange om året. Brug det faste opfølgningsskema, så opfølgninger kan sammenlignes over tid og på tværs af leverandører.',
    recognitionPhrases: ['opfølgning', 'statusmøde', 'handleplan', 'SMART', 'målopfølgning', 'statusrapport'],
  },
  {
    key: 'time-registration',
    title: 'Tidsregistrering',
    topic: 'time-registration',
    text: [
      'I de første {{registrationWeeks}} uger efter opstart registrerer Leverandøren den tid, der bruges på direkte støtte til borgeren, fordelt på dag, ydelse og faggruppe.',
      'Registreringen sendes til Kommunen senest 14 dage efter periodens afslutning og bruges til at vurdere, om det aftalte støtteniveau – og dermed taksten – er retvisende.',
      'Kommunen kan kræve en ny registrering, hvis borgerens behov ændrer sig, eller hvis Leverandøren beder om en højere takst.',
    ],
    fields: [field('registrationWeeks', 'Antal uger med tidsregistrering', 'number')],
    guidance:
      'Tre ugers registrering efter opstart giver et godt grundlag for at fastlægge støtteniveauet. Brug registreringen aktivt ved første opfølgning og ved genforhandling.',
    recognitionPhrases: ['tidsregistrering', 'registrering af timer', 'dokumentation af tid', 'timeregistrering'],
  },
  {
    key: 'renegotiation',
    title: 'Genforhandling',
    topic: 'renegotiation',
    text: [
      'Parterne genforhandler takst og indsats senest den {{renegotiationDate}} og derefter mindst én gang om året, eller når en af parterne dokumenterer, at borgerens behov har ændret sig væsentligt.',
      'Ved genforhandlingen fremlægger Leverandøren en opdateret takstredegørelse og status på de aftalte mål. På grundlag af opfølgningen kan Kommunen kræve, at borgerens placering i takstmodellen ændres.',
      'Indtil der er indgået en ny aftale, gælder kontraktens hidtidige vilkår.',
    ],
    fields: [field('renegotiationDate', 'Første genforhandling senest', 'date')],
    guidance:
      'Uklare vilkår for genforhandling betyder i praksis, at prisen kun kan gå op. Skriv en dato for første genforhandling – Køberollen minder om den.',
    recognitionPhrases: ['genforhandling', 'takstplacering', 'genforhandles', 'revision af aftalen', 'revurdering'],
  },
  {
    key: 'supervision',
    title: 'Socialtilsyn og kvalitet',
    topic: 'supervision',
    text: [
      'Tilbuddet er godkendt af {{supervisoryAuthority}}. Leverandøren orienterer Kommunen, hvis godkendelsen ændres, eller hvis socialtilsynet giver påbud eller sætter tilbuddet under skærpet tilsyn.',
      'Leverandøren sender på anmodning de seneste tilsynsrapporter. Kommunen kan som led i sit tilsyn med borgeren besøge tilbuddet, både anmeldt og uanmeldt.',
    ],
    fields: [field('supervisoryAuthority', 'Socialtilsyn, der har godkendt tilbuddet', 'text')],
    guidance:
      'Læs den seneste tilsynsrapport, før der vælges tilbud, og notér konklusionen i leverandørkataloget. Påbud og skærpet tilsyn skal med i indstillingen til visitationsudvalget.',
    recognitionPhrases: ['tilsyn', 'socialtilsynet', 'tilsynsrapport', 'godkendelse', 'påbud', 'skærpet tilsyn'],
  },
  {
    key: 'incidents',
    title: 'Indberetning af hændelser og magtanvendelse',
    topic: 'incidents',
    text: [
      'Leverandøren orienterer Kommunen via {{incidentChannel}} senest første hverdag efter en alvorlig hændelse, herunder magtanvendelse, vold, utilsigtede hændelser, at borgeren er forsvundet, og politianmeldelser.',
      'Indberetning af magtanvendelse sker efter de gældende regler og med kopi til Kommunens sagsbehandler.',
    ],
    fields: [field('incidentChannel', 'Kanal for orientering (fx sikker e-mail)', 'text')],
    guidance:
      'Mange indberetninger kan være et tegn på, at støtten ikke passer til borgerens behov. Tag dem op ved næste opfølgning.',
    recognitionPhrases: ['magtanvendelse', 'utilsigtede hændelser', 'indberetning', 'alvorlige hændelser'],
  },
  {
    key: 'key-figures',
    title: 'Nøgletal og årlig afrapportering',
    topic: 'key-figures',
    text: [
      'Hvert år senest den 1. {{reportMonth}} sender Leverandøren en opgørelse over tilbuddets belægning, personalets uddannelse, personaleomsætning og sygefravær sammen med det seneste årsregnskab.',
      'Kommunen bruger oplysningerne til at sammenligne tilbud og som grundlag for genforhandling.',
    ],
    fields: [field('reportMonth', 'Måned for afrapportering', 'text')],
    guidance:
      'Nøgletallene gør det muligt at se, om en takststigning hænger sammen med udviklingen i tilbuddets udgifter. Læg dem i leverandørkataloget.',
    recognitionPhrases: ['nøgletal', 'belægning', 'årsregnskab', 'afrapportering', 'personaleomsætning'],
  },
];
