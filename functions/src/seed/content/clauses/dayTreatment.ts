// Demo clauses for a behandlings- og specialundervisningstilbud (lov nr. 1532 af 12. december 2023): the two decisions
// behind a referral, approval by the beliggenhedskommune, attendance, incidents, special education, 18 and the end.
import { CONTRACT_TYPES } from '../contractTypes';
import { counted, field, INCIDENT_FIELDS, type SeedClause } from './define';

const dayTreatment = [CONTRACT_TYPES.dayTreatment];

export const DAY_TREATMENT_CLAUSES: SeedClause[] = [
  {
    key: 'day-treatment-basis',
    title: 'De to afgørelser bag henvisningen',
    topic: 'legal-basis',
    text: [
      'Kommunen henviser barnet eller den unge til tilbuddet efter § 4 i lov om behandlings- og specialundervisningstilbud til børn og unge. Henvisningen bygger på to afgørelser: en afgørelse om dagbehandling efter barnets lov § 32, stk. 1, nr. {{dayTreatmentItem}}, af {{dayTreatmentDecisionDate}} og en afgørelse om specialundervisning og anden specialpædagogisk bistand efter folkeskolelovens § 3, stk. 2, truffet efter pædagogisk-psykologisk rådgivning, af {{schoolDecisionDate}}.',
      'Ændres eller bortfalder en af de to afgørelser, giver Kommunen Leverandøren skriftlig besked om, fra hvilken dato det får virkning. Uden begge afgørelser kan barnet eller den unge ikke fortsætte i tilbuddet, og forløbet afsluttes efter bestemmelsen om ophør af forløbet.',
    ],
    fields: [
      field('dayTreatmentItem', 'Nummer i barnets lov § 32, stk. 1 (5 eller 8)', 'text'),
      field('dayTreatmentDecisionDate', 'Dato for afgørelsen om dagbehandling', 'date'),
      field('schoolDecisionDate', 'Dato for afgørelsen om specialundervisning', 'date'),
    ],
    guidance:
      'Et barn kan kun henvises til et behandlings- og specialundervisningstilbud, når Kommunen har truffet begge afgørelser (§ 4, stk. 2, i lov nr. 1532 af 12. december 2023): dagbehandling efter barnets lov § 32, stk. 1, nr. 5 eller 8, og henvisning til specialundervisning efter folkeskolelovens § 3, stk. 2, på grundlag af pædagogisk-psykologisk rådgivning efter folkeskolelovens § 12, stk. 2. Afgørelsen om specialundervisning træffes på skoleområdet: få den med, før kontrakten skrives under.',
    recognitionPhrases: [
      'henvisning',
      'dagbehandling',
      'folkeskolelovens § 3, stk. 2',
      'pædagogisk-psykologisk rådgivning',
      'PPR',
    ],
    types: dayTreatment,
    codes: ['bl32'],
  },
  {
    key: 'quality-agreement',
    title: 'Godkendelse ved kvalitetsaftale',
    topic: 'quality-agreement',
    text: [
      'Tilbuddet er et behandlings- og specialundervisningstilbud efter lov om behandlings- og specialundervisningstilbud til børn og unge. Det er godkendt af beliggenhedskommunen, {{approvingMunicipality}}, ved en kvalitetsaftale af {{qualityAgreementDate}}, som er vedlagt kontrakten som bilag.',
      'Kvalitetsaftalen fastlægger tilbuddets navn, CVR-nummer, adresse, antal pladser, ejerforhold, målgruppe og de ydelser, tilbuddet leverer – både behandlingen efter barnets lov og specialundervisningen. Efter kvalitetsaftalen omfatter tilbuddet: {{agreementScope}}. Kontraktens indsats skal ligge inden for kvalitetsaftalen.',
      'Tilbuddet må kun modtage børn og unge, så længe der foreligger en gældende kvalitetsaftale. Leverandøren orienterer straks Kommunen, hvis kvalitetsaftalen ændres, opsiges eller ophører, eller hvis beliggenhedskommunen påtaler forhold i tilbuddet.',
      'Leverandøren sender på anmodning beliggenhedskommunens seneste opfølgning på kvalitetsaftalen. Kommunen kan som led i opfølgningen på barnets sag besøge tilbuddet, både anmeldt og uanmeldt.',
    ],
    fields: [
      field('approvingMunicipality', 'Beliggenhedskommune, der har godkendt tilbuddet', 'text'),
      field('qualityAgreementDate', 'Kvalitetsaftalens dato', 'date'),
      field('agreementScope', 'Målgruppe og ydelser efter kvalitetsaftalen', 'text'),
    ],
    guidance:
      'Fra 1. januar 2024 er et tidligere dagbehandlingstilbud et behandlings- og specialundervisningstilbud efter lov nr. 1532 af 12. december 2023. Fra 1. juli 2024 må det kun modtage børn, når den kommune, tilbuddet ligger i, har godkendt det ved en kvalitetsaftale. Socialtilsynet godkender ikke disse tilbud, så en henvisning til socialtilsynets godkendelse er forkert. Bed om kvalitetsaftalen, og tjek, at pladsantal, målgruppe og ydelser dækker barnets behov.',
    recognitionPhrases: [
      'kvalitetsaftale',
      'beliggenhedskommune',
      'behandlings- og specialundervisningstilbud',
      'dagbehandlingstilbud',
      'godkendt af kommunen',
    ],
    types: dayTreatment,
    codes: ['bl32'],
  },
  {
    key: 'attendance',
    title: 'Fremmøde og åbningstid',
    topic: 'attendance',
    text: [
      'Tilbuddet har åbent {{openingHours}} på hverdage i {{weeksPerYear}} om året. Barnet eller den unge forventes at møde alle åbningsdage, medmindre barnets plan siger andet.',
      'Leverandøren registrerer fremmøde hver dag. Møder barnet eller den unge ikke op uden at være meldt fra, kontakter Leverandøren forældrene samme dag og giver Kommunens sagsbehandler besked senest hverdagen efter.',
      'Er barnet eller den unge fraværende i mere end {{absenceAlertDays}} i træk, eller er fraværet i en måned højere end aftalt i barnets plan, drøfter Leverandøren og Kommunen straks, om indsatsen skal tilpasses. Leverandøren sender hver måned en fraværsoversigt til Kommunen.',
      'Betales der pr. måned, betaler Kommunen fuld takst under fravær, indtil fraværet har varet {{absenceAlertDays}} i træk; derefter betales {{dayAbsencePercent}} % af taksten, indtil barnet eller den unge møder igen. Betales der pr. fremmødedag, betales kun de dage, barnet eller den unge har været i tilbuddet.',
    ],
    fields: [
      field('openingHours', 'Åbningstid', 'text'),
      counted('weeksPerYear', 'Antal uger om året', 'week'),
      counted('absenceAlertDays', 'Fravær i træk, der kræver drøftelse (dage)', 'day'),
      field('dayAbsencePercent', 'Betaling efter langt fravær (%)', 'number'),
    ],
    guidance:
      'Uanmeldt udeblivelse skal følges op samme dag hos forældrene og meldes til sagsbehandleren næste hverdag: et barn, der ikke kommer, kan være i mistrivsel. Aftal, om der betales pr. fremmødedag eller pr. måned, og brug fraværsoversigten ved opfølgningen – højt fravær er et tegn på, at indsatsen ikke virker.',
    recognitionPhrases: ['fremmøde', 'åbningstid', 'fraværsregistrering', 'udeblivelse', 'fremmødedag'],
    types: dayTreatment,
    codes: ['bl32'],
  },
  {
    key: 'special-education',
    title: 'Specialundervisning i tilbuddet',
    topic: 'schooling',
    text: [
      'Barnet eller den unge modtager specialundervisning i tilbuddet efter Kommunens afgørelse og kvalitetsaftalen. Barnets skoleforhold er: {{schoolArrangement}}.',
      'Taksten viser prisen for behandlingsdelen og undervisningsdelen hver for sig, så det er klart, hvilken del der betales som støttende indsats efter barnets lov, og hvilken del der afholdes efter folkeskolelovens regler. Den samme ydelse må ikke betales to gange.',
      'Leverandøren samarbejder med barnets skole og forældre om barnets faglige udvikling og deltager i planlægningen af barnets videre skolegang.',
    ],
    fields: [field('schoolArrangement', 'Skoleforhold (intern skole, udslusning, hjemskole)', 'text')],
    guidance:
      'Behandling og specialundervisning hører sammen i tilbuddet, men betales efter hver sine regler. Bed om delpriser for de to dele, og tjek, at undervisningsdelen ikke også betales af skolekommunen.',
    recognitionPhrases: ['specialundervisning', 'intern skole', 'undervisningsdel', 'skolegang', 'folkeskoleloven'],
    types: dayTreatment,
    codes: ['bl32'],
  },
  {
    key: 'day-treatment-end',
    title: 'Ophør af forløbet',
    topic: 'termination',
    text: [
      'Hver af parterne kan opsige kontrakten skriftligt med et varsel på {{noticeMonths}} til udgangen af en måned. Ophører indsatsen efter en ny afgørelse fra Kommunen, sker det med samme varsel, medmindre parterne aftaler en kortere overgang, fordi det er bedst for barnet eller den unge.',
      'Ophøret tilrettelægges, så barnet eller den unge kan afslutte forløbet og begynde i sit næste skole- eller behandlingstilbud uden et brud i skolegangen. Leverandøren deltager i et overleveringsmøde med Kommunen, forældrene og den nye skole og sender en afsluttende status senest {{finalReportDays}} efter ophøret.',
      'Bortfalder kvalitetsaftalen, ophører kontrakten samtidig, og Leverandøren medvirker til, at barnet eller den unge hurtigst muligt kan begynde i et andet tilbud. Kommunen betaler til og med den sidste dag, barnet eller den unge går i tilbuddet.',
      'Kontrakten kan i øvrigt kun ophæves ved væsentlig misligholdelse. Det begrænser ikke Kommunens ret til at afbryde forløbet straks, når barnets eller den unges sikkerhed kræver det; varslet gælder da kun betalingen.',
    ],
    fields: [
      counted('noticeMonths', 'Opsigelsesvarsel (måneder)', 'month'),
      counted('finalReportDays', 'Frist for afsluttende status (dage)', 'day'),
    ],
    guidance:
      'Et forløb bør slutte ved et skoleårs eller et halvårs afslutning, hvis det kan lade sig gøre. Varslet gælder begge parter, og Kommunens afgørelse om at afslutte indsatsen er ikke en vej ud af kontrakten uden varsel. Aftal overleveringen til den nye skole, før forløbet slutter.',
    recognitionPhrases: ['opsigelse', 'opsigelsesvarsel', 'varsel', 'ophør', 'udskrivning', 'afslutning af forløbet'],
    types: dayTreatment,
    codes: ['bl32'],
  },
  {
    key: 'day-treatment-18',
    title: 'Når den unge fylder 18 år i skoleåret',
    topic: 'transition-18',
    text: [
      'Fylder den unge 18 år i løbet af skoleåret, kan den unge fortsætte i tilbuddet resten af skoleåret, hvis de kommuner, der har henvist den unge, og Leverandøren er enige om det. Enigheden aftales skriftligt senest {{transitionMonthsBefore}} før den unge fylder 18 år, og kontrakten og taksten gælder da til skoleårets afslutning.',
      'Er der ikke enighed, ophører forløbet, når den unge fylder 18 år. Leverandøren deltager i Kommunens planlægning af den unges videre uddannelse og af en eventuel støtte efter det fyldte 18. år.',
    ],
    fields: [counted('transitionMonthsBefore', 'Aftale senest før 18 år (måneder)', 'month')],
    guidance:
      'Efter § 4, stk. 3, i lov om behandlings- og specialundervisningstilbud til børn og unge kan en ung, der fylder 18 år i løbet af skoleåret, gøre skoleåret færdigt i tilbuddet, når kommunerne og tilbuddet er enige. Tag stilling i god tid, så den unge ikke må stoppe midt i et skoleår, og husk skoleområdet, der også har henvist.',
    recognitionPhrases: ['fylder 18 år', 'resten af skoleåret', 'skoleårets afslutning', 'overgang til voksenlivet'],
    types: dayTreatment,
    codes: ['bl32'],
  },
  {
    key: 'day-incidents',
    title: 'Hændelser og et barn, der ikke møder op',
    topic: 'incidents',
    text: [
      'Forældrene har forældremyndigheden og ansvaret for barnet eller den unge uden for tilbuddets åbningstid. Møder barnet eller den unge ikke op uden at være meldt fra, kontakter Leverandøren forældrene samme dag. Kan forældrene ikke træffes, eller er der grund til bekymring for barnets sikkerhed, giver Leverandøren straks Kommunen besked – uden for Kommunens åbningstid via {{emergencyContact}}.',
      'Vold, utilsigtede hændelser og situationer, hvor personalet har måttet gribe fysisk ind, indberettes efter de regler, der gælder for tilbuddet. Forældrene orienteres samme dag, og Kommunens sagsbehandler orienteres senest første hverdag efter hændelsen via {{incidentChannel}}.',
    ],
    fields: INCIDENT_FIELDS,
    guidance:
      'I et dagtilbud bor barnet hjemme, og forældrene har forældremyndigheden. Et barn, der ikke møder op, følges derfor op hos forældrene samme dag – det er ikke en sag for politiet som ved et anbragt barn, der er forsvundet. Er der bekymring for barnets sikkerhed, gælder underretningspligten.',
    recognitionPhrases: ['utilsigtede hændelser', 'indberetning', 'udeblivelse', 'fysisk indgriben'],
    types: dayTreatment,
    codes: ['bl32'],
  },
];
