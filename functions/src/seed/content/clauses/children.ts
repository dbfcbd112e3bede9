// Demo clauses written for children and young people under barnets lov: purpose of the decision, changes, schooling
// and contact with the family, børneattest, the duty to report, incidents and the transition at 18.
import { CHILD_TYPES, CONTRACT_TYPES } from '../contractTypes';
import { counted, field, INCIDENT_FIELDS, type SeedClause } from './define';

export const CHILD_CLAUSES: SeedClause[] = [
  {
    key: 'child-purpose',
    title: 'Barnets eller den unges behov og formålet med indsatsen',
    topic: 'target-group',
    text: [
      'Tilbuddet er godkendt til målgruppen {{targetGroup}}. Leverandøren bekræfter, at barnets eller den unges behov, som Kommunen har beskrevet dem i afgørelsen, barnets plan og – for en anbragt ung fra 16 år – ungeplanen, ligger inden for tilbuddets godkendte målgruppe og metoder.',
      'Formålet med indsatsen er ifølge Kommunens afgørelse: {{decisionPurpose}}. Indsatsen forventes at vare {{expectedDurationMonths}}.',
      'Kan tilbuddet efter Leverandørens vurdering ikke længere imødekomme barnets eller den unges behov, orienterer Leverandøren straks Kommunen.',
    ],
    fields: [
      field('targetGroup', 'Målgruppe', 'text'),
      field('decisionPurpose', 'Formålet med indsatsen', 'text'),
      counted('expectedDurationMonths', 'Forventet varighed (måneder)', 'month'),
    ],
    guidance:
      'Barnets lov kræver, at afgørelsen og barnets plan beskriver formålet med indsatsen og dens forventede varighed. Skriv det samme her, så Leverandøren kan tilrettelægge indsatsen efter det, og så opfølgningen har noget at måle på. Sammenhold målgruppen med godkendelsen.',
    recognitionPhrases: [
      'formålet med anbringelsen',
      'formålet med indsatsen',
      'forventet varighed',
      'barnets plan',
      'målgruppe',
    ],
    types: CHILD_TYPES,
    codes: ['bl32', 'bl43', 'bl46', 'bl47'],
  },
  {
    key: 'child-change-of-need',
    title: 'Ændringer i barnets eller den unges behov',
    topic: 'change-of-need',
    text: [
      'Ændrer barnets eller den unges behov sig væsentligt, giver Leverandøren skriftligt Kommunen besked inden for {{changeNoticeDays}} med en begrundelse og en beskrivelse af, hvad der har ændret sig.',
      'Kommunen vurderer, om barnets plan eller afgørelsen skal ændres. Ændres indsatsen eller prisen, sker det ved en skriftlig tillægsaftale efter bestemmelsen om genforhandling. Ekstra ydelser kan ikke faktureres, før tillægsaftalen er underskrevet.',
    ],
    fields: [counted('changeNoticeDays', 'Frist for besked (dage)', 'day')],
    guidance:
      'Et øget behov er ikke en grund til, at Leverandøren opsiger eller sender barnet videre: det håndteres ved en ny vurdering og en genforhandling. Brug bestemmelsen, hvis der kommer fakturaer for ekstra personale, Kommunen ikke har bestilt.',
    recognitionPhrases: ['ændrede behov', 'tillægsaftale', 'ændring af indsatsen', 'øget behov'],
    types: CHILD_TYPES,
  },
  {
    key: 'schooling',
    title: 'Skolegang og undervisning',
    topic: 'schooling',
    text: [
      'Barnet eller den unge går i skole på {{schoolName}}. Udgifter til undervisning afholdes efter de regler, der gælder for undervisningen, og er ikke en del af taksten, medmindre andet er aftalt.',
      'Leverandøren støtter barnets eller den unges skolegang og deltager i samarbejdet med skolen i det omfang, barnets plan fastsætter.',
    ],
    fields: [field('schoolName', 'Skole eller undervisningstilbud', 'text')],
    guidance:
      'Afklar, om børne- og ungehjemmet har intern skole, og om undervisningen betales over taksten eller særskilt. Dobbeltbetaling for undervisning er en kendt fejlkilde. En intern skole ved et børne- og ungehjem kræver sin egen kvalitetsaftale med beliggenhedskommunen.',
    recognitionPhrases: ['skolegang', 'intern skole', 'undervisningstilbud', 'specialundervisning'],
    types: [CONTRACT_TYPES.placement],
    codes: ['bl43', 'bl46', 'bl47'],
  },
  {
    key: 'family-contact',
    title: 'Samvær og samarbejde med forældre',
    topic: 'family-contact',
    text: [
      'Leverandøren støtter samvær og kontakt mellem barnet eller den unge og forældre og netværk, som Kommunens afgørelse om samvær fastsætter. Samvær ud over det fastsatte aftales med Kommunen.',
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
    key: 'criminal-record',
    title: 'Børneattest og straffeattest',
    topic: 'criminal-record',
    text: [
      'Leverandøren indhenter børneattest efter reglerne om indhentelse af børneattest, før en person med fast tilknytning til tilbuddet – ansat, vikar, praktikant eller frivillig – får direkte kontakt med børn under 15 år i tilbuddet. En person, hvis børneattest viser en dom for seksuelle forhold til børn, arbejder ikke i tilbuddet.',
      'Har tilbuddet unge mellem 15 og 17 år, som børneattesten ikke dækker, beder Leverandøren med den pågældendes samtykke om en straffeattest, før personen får direkte kontakt med de unge, og vurderer, om oplysningerne er til hinder for ansættelsen.',
      'Leverandøren dokumenterer over for Kommunen senest {{recordProofDays}} efter en anmodning, at attesterne er indhentet.',
    ],
    fields: [counted('recordProofDays', 'Frist for dokumentation (dage)', 'day')],
    guidance:
      'Børneattesten viser domme for seksuelle forhold til børn og skal efter reglerne indhentes for personer med fast tilknytning, der får direkte kontakt med børn under 15 år. For unge på 15-17 år gælder pligten ikke; her kan Leverandøren med personens samtykke indhente en straffeattest, og kontrakten bør kræve det. Spørg, hvordan vikarer og frivillige er omfattet, og bed om dokumentationen ved opfølgningen.',
    recognitionPhrases: ['børneattest', 'straffeattest', 'indhentelse af attest', 'attester'],
    types: CHILD_TYPES,
  },
  {
    key: 'duty-to-report',
    title: 'Underretningspligt',
    topic: 'duty-to-report',
    text: [
      'Leverandørens medarbejdere har skærpet underretningspligt efter barnets lov § 133. Pligten er personlig: den enkelte medarbejder underretter, og Leverandøren kan ikke aftale sig ud af den eller lade en leder afgøre, om der skal underrettes.',
      'Gælder bekymringen barnet eller den unge, som kontrakten handler om, sendes underretningen straks til Kommunen via {{reportChannel}}. Gælder den et andet barn, sendes den til kommunalbestyrelsen i det andet barns opholdskommune, og Kommunen orienteres ikke om det andet barns forhold.',
      'Ved mistanke om vold eller seksuelle overgreb underrettes straks, også uden for åbningstid via den sociale døgnvagt i den kommune, underretningen skal til. Leverandøren sørger for, at alle medarbejdere kender underretningspligten og tilbuddets procedure for den.',
    ],
    fields: [field('reportChannel', 'Kanal for underretning', 'text')],
    guidance:
      'Den skærpede underretningspligt står i barnets lov § 133 (før 2024 servicelovens § 153). Den er personlig og kan ikke aftales væk, og underretningen går til kommunalbestyrelsen i den kommune, der har ansvaret for det barn, bekymringen gælder – normalt den kommune, hvor barnet bor. For et andet barn i tilbuddet er det sjældent Kommunen, og Kommunen må ikke få det andet barns oplysninger. Kontrakten skal sikre, at Leverandøren har en procedure, og at Kommunen får underretninger om sit eget barn med det samme.',
    recognitionPhrases: ['underretningspligt', 'underretning', 'skærpet underretningspligt', 'bekymring for barnet'],
    types: CHILD_TYPES,
  },
  {
    key: 'child-incidents',
    title: 'Hændelser, magtanvendelse og et barn, der er forsvundet',
    topic: 'incidents',
    text: [
      'Er barnet eller den unge forsvundet eller udeblevet uden aftale, giver Leverandøren straks Kommunen besked – uden for Kommunens åbningstid via {{emergencyContact}} – og anmelder det til politiet efter tilbuddets procedure.',
      'Magtanvendelse, vold, utilsigtede hændelser og politianmeldelser indberettes efter de gældende regler, og Kommunens sagsbehandler orienteres senest første hverdag efter hændelsen via {{incidentChannel}}.',
    ],
    fields: INCIDENT_FIELDS,
    guidance:
      'Et barn, der er forsvundet, skal meldes med det samme – ikke først næste hverdag. Hold kontakten uden for åbningstid opdateret. Mange indberetninger om magtanvendelse er et tegn på, at indsatsen ikke passer til barnets behov: tag dem op ved næste opfølgning.',
    recognitionPhrases: ['magtanvendelse', 'utilsigtede hændelser', 'indberetning', 'forsvundet', 'udeblivelse'],
    types: [CONTRACT_TYPES.placement],
  },
  {
    key: 'child-follow-up',
    title: 'Opfølgning på barnets plan',
    topic: 'follow-up',
    text: [
      'Indsatsen tilrettelægges efter målene i barnets plan og, for en anbragt ung fra 16 år, i ungeplanen efter barnets lov § 108. Målene er specifikke, målbare, accepterede, realistiske og tidsbestemte (SMART) og fastsættes af Kommunen i samarbejde med barnet eller den unge, forældrene og Leverandøren.',
      'Parterne holder opfølgningsmøde hver {{followUpMonths}}. Senest {{reportDaysBefore}} før mødet sender Leverandøren en skriftlig status på hvert mål, på trivsel, skolegang og samvær og på ændringer i barnets eller den unges behov.',
      'Barnet eller den unge inddrages i opfølgningen på en måde, der passer til alder og modenhed.',
    ],
    fields: [
      counted('followUpMonths', 'Opfølgning hver (måneder)', 'month', true),
      counted('reportDaysBefore', 'Status sendes før mødet (dage)', 'day'),
    ],
    guidance:
      'Barnets lov lægger vægt på, at barnet bliver hørt. Aftal, hvordan barnets egen vurdering kommer med i statussen, og følg tættere op i de første måneder.',
    recognitionPhrases: ['opfølgning', 'statusmøde', 'barnets plan', 'SMART', 'målopfølgning', 'statusrapport'],
    types: CHILD_TYPES,
  },
  {
    key: 'transition-18',
    title: 'Ungeplan og overgangen ved 18 år',
    topic: 'transition-18',
    text: [
      'Fra den unge fylder 16 år, tilrettelægges indsatsen også efter den ungeplan, Kommunen udarbejder efter barnets lov § 108. Leverandøren bidrager til ungeplanen og senest {{transitionMonthsBefore}} før det fyldte 18. år med en vurdering af den unges behov for støtte efter det fyldte 18. år.',
      'Træffer Kommunen afgørelse om ungestøtte efter barnets lov kapitel 13 i form af et fortsat døgnophold i tilbuddet, fortsætter kontrakten, til ungestøtten ophører. Parterne aftaler skriftligt inden det fyldte 18. år, hvilke ydelser og hvilken pris der gælder under ungestøtten. Uden en sådan afgørelse ophører kontrakten, når den unge fylder 18 år.',
      'Får den unge efter det fyldte 18. år en indsats efter serviceloven, kræver det en ny kontrakt efter den bestemmelse, afgørelsen er truffet efter.',
    ],
    fields: [counted('transitionMonthsBefore', 'Vurdering senest før 18 år (måneder)', 'month')],
    guidance:
      'Barnets lov kalder støtten efter det fyldte 18. år ungestøtte (kapitel 13, §§ 108-123); en kontrakt, der bruger servicelovens gamle betegnelse, henviser til regler, der ikke gælder længere, og skal rettes. For en anbragt ung skal Kommunen fra 16 år lave en ungeplan (barnets lov § 108), som kontrakten henviser til ved siden af barnets plan. Træf afgørelsen om ungestøtte i god tid, så opholdet ikke står uden kontrakt den dag, den unge fylder 18 år, og aftal pris og indhold for perioden efter.',
    recognitionPhrases: ['ungestøtte', 'ungeplan', 'det fyldte 18. år', 'overgang til voksenlivet', 'ung til voksen'],
    types: [CONTRACT_TYPES.placement],
    codes: ['bl43', 'bl46', 'bl47'],
  },
];
