// Demo clauses on the service itself for adults and for every contract: description, target group, weekly hours,
// staff, changes in the need and transport.
import { ADULT_TYPES, CONTRACT_TYPES } from '../contractTypes';
import { counted, field, type SeedClause, TARGET_GROUP_FIELDS } from './define';

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
    fields: TARGET_GROUP_FIELDS,
    guidance:
      'Sammenhold målgruppen med socialtilsynets godkendelse på Tilbudsportalen. Beskriv støtteniveauet med Kommunens egne kategorier, så takster kan sammenlignes på tværs af leverandører.',
    recognitionPhrases: ['målgruppe', 'støttebehov', 'funktionsniveau', 'tilbuddets målgruppe', 'støtteniveau'],
    types: [CONTRACT_TYPES.temporary, CONTRACT_TYPES.longTerm],
  },
  {
    key: 'support-target-group',
    title: 'Målgruppe og støttebehov ved støtte i eget hjem',
    topic: 'target-group',
    text: [
      'Støtten leveres i borgerens eget hjem og i borgerens nærmiljø. Leverandøren bekræfter, at Leverandøren har erfaring med og kompetencer til målgruppen {{targetGroup}} og kan levere den støtte, Kommunen har truffet afgørelse om.',
      'Borgerens støttebehov er vurderet til {{supportLevel}}. Kan Leverandøren ikke længere imødekomme behovet, orienterer Leverandøren straks Kommunen.',
    ],
    fields: TARGET_GROUP_FIELDS,
    guidance:
      'Socialtilsynet godkender kun socialpædagogisk støtte efter servicelovens § 85, når den leveres i et botilbudslignende tilbud i almene boliger efter almenboligloven § 105 (socialtilsynsloven § 4). Støtte i borgerens eget hjem er ikke godkendt af socialtilsynet, så kontrakten må ikke henvise til en godkendt målgruppe. Spørg i stedet til erfaring, metoder og uddannelse, og notér svarene i leverandørkataloget.',
    recognitionPhrases: ['målgruppe', 'støttebehov', 'funktionsniveau', 'eget hjem', 'støtteniveau'],
    types: [CONTRACT_TYPES.support],
    codes: ['sel85', 'abl105'],
  },
  {
    key: 'weekly-hours',
    title: 'Ugentlige timer efter § 83 og § 85',
    topic: 'weekly-hours',
    text: [
      'Indsatsen omfatter {{hoursSection85}} om ugen med socialpædagogisk støtte efter servicelovens § 85 og {{hoursSection83}} om ugen med personlig hjælp og pleje efter servicelovens § 83.',
      'Timerne er ansigt-til-ansigt-tid med borgeren. Tid til dokumentation, transport, møder og administration tæller ikke med i timetallet, men er indregnet i prisen.',
      'Leverer Leverandøren i en periode færre timer end aftalt, orienteres Kommunen. Betales der pr. time, betales kun de leverede timer. Betales der en døgn- eller månedstakst, nedsættes betalingen med {{undeliveredHourPrice}} kr. for hver aftalt time, der ikke er leveret.',
    ],
    fields: [
      counted('hoursSection85', 'Timer pr. uge efter § 85', 'hour'),
      counted('hoursSection83', 'Timer pr. uge efter § 83', 'hour'),
      field('undeliveredHourPrice', 'Fradrag pr. time, der ikke er leveret (kr.)', 'amount', false),
    ],
    guidance:
      'Skriv timetallet for hver paragraf for sig: § 85 er socialpædagogisk støtte, § 83 er personlig hjælp og pleje, og de to må ikke blandes sammen. Et forholdsmæssigt afslag kan ikke beregnes på en døgntakst uden en pris pr. time – skriv derfor fradraget pr. time, der ikke er leveret. Uden timetal kan Kommunen hverken følge op på leverancen eller vurdere, om en takststigning er rimelig. Er behovet usikkert ved opstart, så aftal tidsregistrering i de første uger.',
    recognitionPhrases: ['ugentlige timer', 'timer pr. uge', 'støttetimer', 'ansigt til ansigt', 'bostøttetimer'],
    types: ADULT_TYPES,
    codes: ['sel83', 'sel85', 'sel107', 'sel108', 'abl105'],
  },
  {
    key: 'staff',
    title: 'Personale og kompetencer',
    topic: 'staff',
    text: [
      'Indsatsen leveres af medarbejdere med relevant faglig baggrund, herunder {{educationRequirement}}. Leverandøren oplyser ved kontraktens indgåelse og ved større ændringer, hvordan personalegruppen er sammensat.',
      'Leverandøren sørger for, at der så vidt muligt er faste kontaktpersoner, og at nye medarbejdere bliver sat ind i målene og planen for indsatsen.',
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
      'Ændrer borgerens behov sig væsentligt, giver Leverandøren skriftligt Kommunen besked inden for {{changeNoticeDays}} med en begrundelse og en konkret beskrivelse af ændringerne.',
      'Kommunen vurderer, om der skal træffes en ny afgørelse. Ændres indsatsen eller prisen, sker det ved en skriftlig tillægsaftale efter bestemmelsen om genforhandling. Leverandøren kan ikke fakturere ekstra ydelser, før tillægsaftalen er underskrevet.',
    ],
    fields: [counted('changeNoticeDays', 'Frist for besked (dage)', 'day')],
    guidance:
      'En leverandør, der oplever øgede behov, skal gå til Kommunen – ikke blot levere mere og sende regningen. Henvis til denne bestemmelse, hvis der kommer fakturaer for ydelser, der ikke er bestilt. Et øget behov er ikke i sig selv en grund til at opsige kontrakten: det håndteres ved en ny afgørelse og en genforhandling.',
    recognitionPhrases: ['ændrede behov', 'tillægsaftale', 'ændring af indsatsen', 'øget støttebehov'],
    types: ADULT_TYPES,
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
];
