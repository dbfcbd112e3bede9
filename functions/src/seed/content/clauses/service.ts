// Demo clauses on the service itself: description, target group, weekly hours, staff, changes, transport and the
// clauses only children's placements and day treatment need.
import { CHILD_TYPES, CONTRACT_TYPES } from '../contractTypes';
import { field, type SeedClause } from './define';

export const SERVICE_CLAUSES: SeedClause[] = [
  {
    key: 'service-description',
    title: 'Ydelsesbeskrivelse',
    topic: 'service-description',
    text: [
      'Leverandøren leverer denne indsats: {{serviceDescription}}. Indsatsen leveres som beskrevet i den ydelsesbeskrivelse, der er vedlagt som bilag.',
      'Ydelsesbeskrivelsen oplyser for hver delydelse, hvad der leveres, hvor ofte, af hvilken faggruppe og efter hvilken metode. Almene vendinger som "støtte efter behov" er ikke nok.',
      'Ydelser, der ikke står i ydelsesbeskrivelsen, er ikke betalt gennem taksten og må kun leveres og faktureres, når Kommunen skriftligt har bestilt dem.',
    ],
    fields: [field('serviceDescription', 'Kort beskrivelse af indsatsen', 'text')],
    guidance:
      'Uden en konkret ydelsesbeskrivelse kan Kommunen ikke følge op på, om den får det, den betaler for. Bed leverandøren om at udfylde Kommunens skabelon til ydelsesbeskrivelse, og tjek, at hver delydelse også optræder i takstredegørelsen.',
    recognitionPhrases: [
      'ydelsesbeskrivelse',
      'indsatsens indhold',
      'tilbuddet omfatter',
      'pædagogisk støtte',
      'ydelsens indhold',
    ],
  },
  {
    key: 'target-group',
    title: 'Målgruppe og støttebehov',
    topic: 'target-group',
    text: [
      'Tilbuddet er godkendt til målgruppen {{targetGroup}}. Leverandøren bekræfter, at borgerens støttebehov, som Kommunen har beskrevet det i afgørelsen, ligger inden for tilbuddets godkendte målgruppe og metoder.',
      'Borgerens støttebehov er vurderet til {{supportLevel}}. Kan tilbuddet efter Leverandørens vurdering ikke længere imødekomme behovet, orienterer Leverandøren straks Kommunen.',
    ],
    fields: [field('targetGroup', 'Målgruppe', 'text'), field('supportLevel', 'Vurderet støtteniveau', 'text')],
    guidance:
      'Sammenhold målgruppen med socialtilsynets godkendelse på Tilbudsportalen. Beskriv støtteniveauet med Kommunens egne kategorier, så takster kan sammenlignes på tværs af leverandører.',
    recognitionPhrases: ['målgruppe', 'støttebehov', 'funktionsniveau', 'tilbuddets målgruppe', 'støtteniveau'],
  },
  {
    key: 'weekly-hours',
    title: 'Ugentlige støttetimer efter § 83 og § 85',
    topic: 'weekly-hours',
    text: [
      'Indsatsen omfatter {{hoursSection85}} timer om ugen med socialpædagogisk støtte efter servicelovens § 85 og {{hoursSection83}} timer om ugen med personlig hjælp og pleje efter servicelovens § 83.',
      'Timerne er ansigt-til-ansigt-tid med borgeren. Tid til dokumentation, transport, møder og administration tæller ikke med i timetallet, men er indregnet i prisen.',
      'Leverer Leverandøren i en periode færre timer end aftalt, orienteres Kommunen, og betalingen nedsættes forholdsmæssigt efter bestemmelsen om manglende levering.',
    ],
    fields: [
      field('hoursSection85', 'Timer pr. uge efter § 85', 'number'),
      field('hoursSection83', 'Timer pr. uge efter § 83', 'number'),
    ],
    guidance:
      'Skriv timetallet for hver paragraf for sig. Uden timetal kan Kommunen hverken følge op på leverancen eller vurdere, om en takststigning er rimelig. Er behovet usikkert ved opstart, så aftal tidsregistrering i de første uger.',
    recognitionPhrases: ['ugentlige timer', 'timer pr. uge', 'støttetimer', 'ansigt til ansigt', 'bostøttetimer'],
    types: [CONTRACT_TYPES.temporary, CONTRACT_TYPES.longTerm, CONTRACT_TYPES.support],
    codes: ['sel83', 'sel85', 'sel107', 'sel108', 'abl105'],
  },
  {
    key: 'staff',
    title: 'Personale og kompetencer',
    topic: 'staff',
    text: [
      'Indsatsen leveres af medarbejdere med relevant faglig baggrund, herunder {{educationRequirement}}. Leverandøren oplyser ved kontraktens indgåelse og ved større ændringer, hvordan personalegruppen er sammensat.',
      'Leverandøren sørger for, at borgeren så vidt muligt har faste kontaktpersoner, og at nye medarbejdere bliver sat ind i borgerens mål og plan.',
    ],
    fields: [field('educationRequirement', 'Krav til uddannelse', 'text')],
    guidance:
      'Spørg til uddannelsesniveau, erfaring og personaleomsætning, og notér svarene i leverandørkataloget. Kompetencerne skal passe til målgruppen – og til prisen.',
    recognitionPhrases: ['personalenormering', 'uddannelsesniveau', 'faglige kompetencer', 'personalesammensætning'],
  },
  {
    key: 'change-of-need',
    title: 'Ændringer i borgerens behov',
    topic: 'change-of-need',
    text: [
      'Ændrer borgerens behov sig væsentligt, giver Leverandøren skriftligt Kommunen besked inden for {{changeNoticeDays}} dage med en begrundelse og en konkret beskrivelse af ændringerne.',
      'Ændres indsatsen eller prisen, kræver det en ny afgørelse og en skriftlig tillægsaftale. Leverandøren kan ikke fakturere ekstra ydelser, før tillægsaftalen er underskrevet.',
    ],
    fields: [field('changeNoticeDays', 'Frist for orientering (dage)', 'number')],
    guidance:
      'En leverandør, der oplever øgede behov, skal gå til Kommunen – ikke blot levere mere og sende regningen. Henvis til denne bestemmelse, hvis der kommer fakturaer for ydelser, der ikke er bestilt.',
    recognitionPhrases: ['ændrede behov', 'tillægsaftale', 'ændring af indsatsen', 'øget støttebehov'],
  },
  {
    key: 'transport',
    title: 'Befordring',
    topic: 'transport',
    text: [
      'Taksten dækker befordring i dette omfang: {{transportScope}}. Anden befordring betales kun efter forudgående aftale og efter de satser, der står i prisbilaget.',
      'Når befordring afregnes for sig, oplyser Leverandøren på fakturaen antal kørte kilometer, dato og formål med kørslen.',
    ],
    fields: [field('transportScope', 'Befordring omfattet af taksten', 'text')],
    guidance:
      'Befordring er en følgeydelse, men kan blive dyr. Aftal, hvad taksten dækker, og hvilken kilometersats der gælder for resten, så ekstra kørsel ikke dukker op som uforklarede linjer på fakturaen.',
    recognitionPhrases: ['befordring', 'kørsel', 'transport', 'kilometersats'],
  },
  {
    key: 'schooling',
    title: 'Skolegang og undervisning',
    topic: 'schooling',
    text: [
      'Barnet eller den unge går i skole på {{schoolName}}. Udgifter til undervisning afholdes efter de regler, der gælder for undervisningen, og er ikke en del af taksten, medmindre andet er aftalt.',
      'Anbringelsesstedet eller dagbehandlingstilbuddet bakker op om barnets skolegang og deltager i samarbejdet med skolen i det omfang, barnets plan fastsætter.',
    ],
    fields: [field('schoolName', 'Skole eller undervisningstilbud', 'text')],
    guidance:
      'Afklar, om tilbuddet har intern skole, og om undervisningen betales over taksten eller særskilt. Dobbeltbetaling for undervisning er en kendt fejlkilde.',
    recognitionPhrases: ['skolegang', 'intern skole', 'undervisningstilbud', 'specialundervisning'],
    types: CHILD_TYPES,
    codes: ['bl32', 'bl43'],
  },
  {
    key: 'family-contact',
    title: 'Samvær og samarbejde med forældre',
    topic: 'family-contact',
    text: [
      'Anbringelsesstedet støtter samvær og kontakt mellem barnet og forældre og netværk, som Kommunens afgørelse fastsætter. Samvær ud over det fastsatte aftales med Kommunen.',
      'Udgifter til samvær, herunder transport og ledsagelse, afholdes således: {{visitationCosts}}.',
    ],
    fields: [field('visitationCosts', 'Fordeling af udgifter til samvær', 'text')],
    guidance:
      'Ledsaget samvær og kørsel i weekender er ofte ikke med i taksten. Få det prissat, og skriv i kontrakten, hvem der betaler.',
    recognitionPhrases: ['samvær', 'forældresamarbejde', 'netværk', 'ledsaget samvær'],
    types: [CONTRACT_TYPES.placement],
    codes: ['bl43', 'bl46', 'bl47'],
  },
  {
    key: 'attendance',
    title: 'Fremmøde og åbningstid i dagbehandling',
    topic: 'attendance',
    text: [
      'Dagbehandlingen har åbent {{openingHours}} på hverdage i {{weeksPerYear}} uger om året. Barnet eller den unge forventes at møde alle åbningsdage, medmindre barnets plan siger andet.',
      'Leverandøren registrerer fremmøde hver dag og sender hver måned en fraværsoversigt til Kommunen. Er barnet fraværende mere end fem dage i træk, orienteres Kommunens sagsbehandler med det samme.',
    ],
    fields: [field('openingHours', 'Åbningstid', 'text'), field('weeksPerYear', 'Antal uger om året', 'number')],
    guidance:
      'Betaling pr. fremmødedag eller pr. måned? Aftal det, og brug fraværsoversigten ved opfølgningen: et højt fravær er et tegn på, at indsatsen ikke virker.',
    recognitionPhrases: ['fremmøde', 'åbningstid', 'fraværsregistrering', 'dagbehandling'],
    types: [CONTRACT_TYPES.dayTreatment],
    codes: ['bl32'],
  },
];
