// Demo clauses for a behandlings- og specialundervisningstilbud (lov nr. 1532 af 12. december 2023): approval by the
// beliggenhedskommune through a kvalitetsaftale, attendance, special education and how the stay ends.
import { CONTRACT_TYPES } from '../contractTypes';
import { counted, field, type SeedClause } from './define';

const dayTreatment = [CONTRACT_TYPES.dayTreatment];

export const DAY_TREATMENT_CLAUSES: SeedClause[] = [
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
    ],
    fields: [
      field('openingHours', 'Åbningstid', 'text'),
      counted('weeksPerYear', 'Antal uger om året', 'week'),
      counted('absenceAlertDays', 'Fravær i træk, der kræver drøftelse (dage)', 'day'),
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
      'Bortfalder kvalitetsaftalen, ophører kontrakten samtidig, og Leverandøren medvirker til, at barnet eller den unge hurtigst muligt kan begynde i et andet tilbud. Kommunen betaler til og med den sidste dag, barnet eller den unge går i tilbuddet. Kontrakten kan i øvrigt kun ophæves ved væsentlig misligholdelse.',
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
];
