// Demo question guide for concluding a contract, the standard follow-up form, and the checklist of general
// support needs used as a requirement specification before negotiating.
import type { SeedChecklist } from './define';

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
      requiresTopic: 'weekly-hours',
    },
    {
      id: 'rate-statement',
      text: 'Kan I sende en takstredegørelse med delpriser for personale, ledelse, bygning, kost og aktiviteter?',
      requiresTopic: 'rate-basis',
    },
    {
      id: 'staffing',
      text: 'Hvilken normering og hvilke faggrupper er regnet med for borgeren, og hvad er personalets uddannelse?',
      requiresTopic: 'staff',
    },
    {
      id: 'methods',
      text: 'Hvilke metoder arbejder I efter med denne målgruppe, og hvordan dokumenterer I effekten?',
    },
    {
      id: 'add-ons',
      text: 'Hvilke tillægsydelser tilbyder I, og hvad koster de pr. enhed?',
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
      text: "Hvordan regulerer I priserne fra år til år – og accepterer I højst KL's sats?",
      requiresTopic: 'price-regulation',
    },
    {
      id: 'time-registration',
      text: 'Vil I registrere tiden brugt på borgeren de første tre uger, så støtteniveauet kan fastlægges?',
      requiresTopic: 'time-registration',
    },
    {
      id: 'absence',
      text: 'Hvad betaler Kommunen, hvis borgeren er indlagt eller på anden måde fraværende i længere tid?',
      requiresTopic: 'absence',
    },
    {
      id: 'insurance-terms',
      text: 'Forventer I, at Kommunen dækker selvrisiko eller skader, som borgeren forvolder?',
      guidance: 'Svarer leverandøren ja, så tag det med til forhandleren.',
      requiresTopic: 'insurance',
    },
    {
      id: 'notice',
      text: 'Hvilke opsigelsesvarsler forventer I, og hvad sker der, hvis borgerens behov ændrer sig?',
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
      requiresTopic: 'contract-basis',
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
      text: 'Dækker indsatsen stadig borgerens behov, som det er beskrevet i afgørelsen?',
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
    },
    {
      id: 'quality',
      text: 'Er kvaliteten som forventet – også set fra borgerens og de pårørendes side?',
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
      requiresTopic: 'special-rate',
    },
    {
      id: 'regulation',
      text: "Er årets prisregulering holdt inden for KL's sats?",
      requiresTopic: 'price-regulation',
    },
    {
      id: 'incidents',
      text: 'Har der været magtanvendelser eller andre alvorlige hændelser siden sidst?',
      requiresTopic: 'incidents',
    },
    {
      id: 'supervision',
      text: 'Er der kommet en ny tilsynsrapport, påbud eller skærpet tilsyn?',
      requiresTopic: 'supervision',
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
    { id: 'daily-living', text: 'Praktiske opgaver i hjemmet: rengøring, tøjvask, indkøb og madlavning' },
    { id: 'personal-care', text: 'Personlig hygiejne, påklædning og hjælp efter § 83' },
    { id: 'health', text: 'Sundhed: medicin, kontakt til læge og behandling, søvn og kost' },
    { id: 'mental-health', text: 'Psykisk trivsel: angst, uro, selvskade og behov for skærmning' },
    { id: 'social', text: 'Sociale relationer: netværk, familie og fællesskab i tilbuddet' },
    { id: 'occupation', text: 'Beskæftigelse, uddannelse eller dagtilbud' },
    { id: 'economy', text: 'Økonomi: budget, betaling af regninger og kontakt til myndigheder' },
    { id: 'communication', text: 'Kommunikation og behov for særlige hjælpemidler' },
    { id: 'night', text: 'Behov for støtte om natten: sovende eller vågen nattevagt' },
    {
      id: 'risk',
      text: 'Risiko for vold, misbrug eller kriminalitet, og behov for ekstra personale',
      guidance: 'Et højt behov her er ofte årsag til særtakster; beskriv det konkret.',
    },
    { id: 'transport', text: 'Befordring til beskæftigelse, behandling og samvær', requiresTopic: 'transport' },
  ],
};
