// Demo question guide for concluding a contract, the standard follow-up form, and the checklist of general
// support needs used as a requirement specification before negotiating.
import { ADULT_TYPES, CHILD_TYPES, CONTRACT_TYPES, RESIDENTIAL_TYPES } from '../contractTypes';
import { only, type SeedChecklist } from './define';

const adults = only(ADULT_TYPES);
const children = only(CHILD_TYPES);

export const QUESTION_GUIDE: SeedChecklist = {
  name: 'Spørgeguide til indgåelse af kontrakt',
  phase: 'negotiation',
  purpose: 'questionGuide',
  items: [
    {
      id: 'included',
      text: 'Hvilke ydelser er med i taksten, og hvilke koster ekstra?',
      guidance: 'Få svaret på skrift og brug det i ydelsesbeskrivelsen.',
      requiresTopic: 'service-description',
    },
    {
      id: 'hours',
      text: 'Hvor mange timer ansigt-til-ansigt-tid om ugen får borgeren, fordelt på § 83 og § 85?',
      guidance: 'Skriv timetallet for hver paragraf ind i kontrakten; det er grundlaget for opfølgningen.',
      requiresTopic: 'weekly-hours',
      applicability: adults,
    },
    {
      id: 'rate-statement',
      text: 'Kan I sende en takstredegørelse med delpriser for personale, ledelse, bygning, kost og aktiviteter?',
      guidance: 'Uden delpriser kan en takststigning ikke vurderes. Vedlæg redegørelsen som bilag.',
      requiresTopic: 'rate-basis',
    },
    {
      id: 'staffing',
      text: 'Hvilken normering og hvilke faggrupper er regnet med for pladsen, og hvad er personalets uddannelse?',
      guidance: 'Notér svaret i leverandørkataloget, og sammenhold normeringen med personaledelen af taksten.',
      requiresTopic: 'staff',
    },
    {
      id: 'methods',
      text: 'Hvilke metoder arbejder I efter med denne målgruppe, og hvordan dokumenterer I effekten?',
      guidance: 'Bed om eksempler på dokumentation, og tjek, at metoderne står i godkendelsen eller kvalitetsaftalen.',
    },
    {
      id: 'add-ons',
      text: 'Hvilke tillægsydelser tilbyder I, og hvad koster de pr. enhed?',
      guidance: 'Hver tillægsydelse skal have pris og enhed i kontrakten og leveres kun efter skriftlig bestilling.',
      requiresTopic: 'add-on-services',
    },
    {
      id: 'special-rate',
      text: 'Hvis der er brug for ekstra støtte i starten: hvad koster den, og hvornår forventer I at kunne trappe ned?',
      guidance: 'Aftal en slutdato eller månedlig opfølgning for særtaksten.',
      requiresTopic: 'special-rate',
    },
    {
      id: 'regulation',
      text: 'Hvordan regulerer I priserne fra år til år – og accepterer I regulering med PL-satsen fra økonomiaftalen mellem regeringen og KL?',
      guidance:
        'Regulering højst med PL-satsen er Kommunens forhandlingsposition, ikke et lovkrav. Er tilbuddet i en regional rammeaftale, gælder styringsaftalens regler.',
      requiresTopic: 'price-regulation',
    },
    {
      id: 'time-registration',
      text: 'Vil I registrere den tid, der bruges på indsatsen, de første tre uger, så støtteniveauet kan fastlægges?',
      guidance: 'Registreringen bruges ved første opfølgning og ved genforhandling af taksten.',
      requiresTopic: 'time-registration',
    },
    {
      id: 'absence',
      text: 'Hvad betaler Kommunen under indlæggelse eller andet længere fravær, og hvor hurtigt får Kommunen besked?',
      guidance: 'Aftal en grænse for fuld betaling og besked om fravær inden for få hverdage.',
      requiresTopic: 'absence',
      applicability: only(RESIDENTIAL_TYPES),
    },
    {
      id: 'insurance-terms',
      text: 'Forventer I, at Kommunen dækker selvrisiko eller skader, som borgeren forvolder?',
      guidance: 'Svarer leverandøren ja, så tag det med til forhandleren.',
      requiresTopic: 'insurance',
    },
    {
      id: 'notice',
      text: 'Hvilket opsigelsesvarsel forventer I, og hvad sker der, hvis behovet ændrer sig?',
      guidance:
        'Varslet skal gælde begge parter. Et ændret behov fører til genforhandling, ikke til ophør uden varsel.',
      requiresTopic: 'termination',
    },
    {
      id: 'other-municipalities',
      text: 'Hvilke andre kommuner køber pladser hos jer, og til hvilken pris?',
      guidance: 'Sammenlign med kataloget og med prisen på Tilbudsportalen.',
    },
    {
      id: 'own-contract',
      text: 'Kan I acceptere Kommunens standardkontrakt uden ændringer?',
      guidance: 'Ønsker leverandøren ændringer, så tag dem med til forhandleren, og registrér accepterede afvigelser.',
      requiresTopic: 'contract-basis',
    },
    {
      id: 'framework',
      text: 'Er tilbuddet omfattet af den regionale rammeaftale?',
      guidance:
        'Svaret afgør, om kontraktens variant A eller B skal bruges, og om styringsaftalens takstregler gælder.',
      requiresTopic: 'framework-agreement',
    },
    {
      id: 'quality-agreement',
      text: 'Hvornår har beliggenhedskommunen godkendt tilbuddet ved en kvalitetsaftale, og hvad omfatter den?',
      guidance:
        'Bed om kvalitetsaftalen, og tjek pladser, målgruppe og ydelser. Socialtilsynet godkender ikke disse tilbud.',
      requiresTopic: 'quality-agreement',
      applicability: only([CONTRACT_TYPES.dayTreatment]),
    },
    {
      id: 'child-safety',
      text: 'Hvordan sikrer I børneattester for alle medarbejdere og jeres procedure for underretning?',
      guidance: 'Begge dele skal stå i kontrakten. Spørg også til vikarer og frivillige.',
      requiresTopic: 'criminal-record',
      applicability: children,
    },
  ],
};

export const FOLLOW_UP_FORM: SeedChecklist = {
  name: 'Opfølgningsskema',
  phase: 'followUp',
  purpose: 'followUp',
  items: [
    {
      id: 'need-met',
      text: 'Dækker indsatsen stadig behovet, som det er beskrevet i afgørelsen og planen?',
      guidance: 'Er behovet ændret, så vurdér, om der skal træffes en ny afgørelse og genforhandles.',
      requiresTopic: 'target-group',
    },
    {
      id: 'goals',
      text: 'Hvor langt er borgeren nået med hvert SMART-mål siden sidste opfølgning?',
      guidance: 'Notér status pr. mål: nået, på vej eller ikke nået – og hvorfor.',
      requiresTopic: 'follow-up',
    },
    {
      id: 'delivered-hours',
      text: 'Er de aftalte ugentlige timer leveret i perioden?',
      guidance: 'Sammenhold leverandørens status med tidsregistreringen og fakturaerne.',
      requiresTopic: 'weekly-hours',
      applicability: adults,
    },
    {
      id: 'quality',
      text: 'Er kvaliteten som forventet – også set fra borgerens eller barnets og de pårørendes side?',
      guidance: 'Skriv en kvalitetsnote i leverandørkataloget, så kollegerne kan se erfaringen.',
    },
    {
      id: 'invoices',
      text: 'Svarer fakturaerne i perioden til kontraktens priser?',
      guidance: 'Afvigende fakturaer vises på kontrakten.',
      requiresTopic: 'invoice-content',
    },
    {
      id: 'special-rate',
      text: 'Er der fortsat grundlag for en eventuel særtakst?',
      guidance: 'Afslut eller nedsæt særtaksten, hvis den ekstra indsats ikke længere er nødvendig.',
      requiresTopic: 'special-rate',
    },
    {
      id: 'regulation',
      text: 'Er årets prisregulering holdt inden for PL-satsen fra økonomiaftalen mellem regeringen og KL?',
      guidance:
        'Fakturaer over den regulerede pris vises på kontrakten. For tilbud i en rammeaftale gælder styringsaftalen.',
      requiresTopic: 'price-regulation',
    },
    {
      id: 'incidents',
      text: 'Har der været magtanvendelser eller andre alvorlige hændelser siden sidst?',
      guidance: 'Mange hændelser kan betyde, at indsatsen ikke passer til behovet. Drøft det med leverandøren.',
      requiresTopic: 'incidents',
    },
    {
      id: 'supervision',
      text: 'Er der kommet en ny tilsynsrapport, påbud eller skærpet tilsyn?',
      guidance:
        'Notér konklusionen i leverandørkataloget, og vurdér, om borgeren eller barnet skal have et andet tilbud.',
      requiresTopic: 'supervision',
      applicability: only([...ADULT_TYPES, CONTRACT_TYPES.placement]),
    },
    {
      id: 'quality-agreement',
      text: 'Er kvalitetsaftalen stadig gældende, og har beliggenhedskommunen påtalt noget i tilbuddet?',
      guidance: 'Uden en gældende kvalitetsaftale må tilbuddet ikke modtage børn.',
      requiresTopic: 'quality-agreement',
      applicability: only([CONTRACT_TYPES.dayTreatment]),
    },
    {
      id: 'renegotiate',
      text: 'Giver opfølgningen anledning til at genforhandle indsats eller pris?',
      guidance: 'Involvér forhandleren, og sæt en dato for genforhandlingen på kontrakten.',
      requiresTopic: 'renegotiation',
    },
    {
      id: 'next-date',
      text: 'Er datoen for næste opfølgning aftalt?',
      guidance: 'Dyre sager og midlertidige ophold følges op oftere.',
    },
  ],
};

export const NEED_ASSESSMENT: SeedChecklist = {
  name: 'Generelle støttebehov (kravspecifikation)',
  phase: 'need',
  purpose: 'needAssessment',
  items: [
    {
      id: 'daily-living',
      text: 'Praktiske opgaver i hjemmet: rengøring, tøjvask, indkøb og madlavning',
      guidance: 'Beskriv, hvad borgeren selv kan, og hvad der kræver støtte, så timetallet kan fastsættes.',
      applicability: adults,
    },
    {
      id: 'personal-care',
      text: 'Personlig hygiejne, påklædning og hjælp efter § 83',
      guidance: 'Hjælp efter § 83 skrives for sig, fordi timerne aftales og følges op for sig.',
      applicability: adults,
    },
    {
      id: 'health',
      text: 'Sundhed: medicin, kontakt til læge og behandling, søvn og kost',
      guidance: 'Notér, hvem der håndterer medicin, og om der er brug for sundhedsfagligt personale.',
    },
    {
      id: 'mental-health',
      text: 'Psykisk trivsel: angst, uro, selvskade og behov for skærmning',
      guidance: 'Et behov for skærmning påvirker normeringen og dermed prisen; beskriv hyppighed og omfang.',
    },
    {
      id: 'social',
      text: 'Sociale relationer: netværk, familie og fællesskab i tilbuddet',
      guidance: 'For børn og unge: beskriv samvær og forældresamarbejde, som afgørelsen fastsætter.',
    },
    {
      id: 'occupation',
      text: 'Beskæftigelse, uddannelse eller dagtilbud',
      guidance: 'Angiv, om beskæftigelsen er en del af indsatsen eller købes andetsteds, så den ikke betales to gange.',
      applicability: adults,
    },
    {
      id: 'schooling',
      text: 'Skolegang, specialundervisning og trivsel i skolen',
      guidance: 'Afklar, om barnet skal gå i tilbuddets interne skole, og hvordan undervisningen betales.',
      requiresTopic: 'schooling',
      applicability: children,
    },
    {
      id: 'economy',
      text: 'Økonomi: budget, betaling af regninger og kontakt til myndigheder',
      guidance: 'Beskriv den støtte, borgeren har brug for; egenbetalingen fastsætter Kommunen for sig.',
      applicability: adults,
    },
    {
      id: 'communication',
      text: 'Kommunikation og behov for særlige hjælpemidler',
      guidance: 'Notér sprog, kommunikationsform og hjælpemidler, så tilbuddet kan vise, at det kan møde behovet.',
    },
    {
      id: 'night',
      text: 'Behov for støtte om natten: sovende eller vågen nattevagt',
      guidance: 'Vågen nattevagt er dyr; beskriv, hvorfor den er nødvendig, og følg op på det.',
    },
    {
      id: 'risk',
      text: 'Risiko for vold, misbrug eller kriminalitet, og behov for ekstra personale',
      guidance: 'Et højt behov her er ofte årsag til særtakster; beskriv det konkret.',
    },
    {
      id: 'transport',
      text: 'Befordring til beskæftigelse, skole, behandling og samvær',
      guidance: 'Aftal, hvad taksten dækker, og hvad der betales for sig.',
      requiresTopic: 'transport',
    },
  ],
};
