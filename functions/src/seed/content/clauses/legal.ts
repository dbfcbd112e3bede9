// Demo clauses on ending the agreement (adults and children's placements), the §108 housing document, loss of
// approval and change of owner, data protection and disputes.
import { ADULT_TYPES, CONTRACT_TYPES } from '../contractTypes';
import { counted, field, type SeedClause } from './define';

const terminationPhrases = ['opsigelse', 'opsigelsesvarsel', 'varsel', 'ophør', 'udskrivning'];

/** Early termination only for material breach, with a plan for the move: the same words for adults and children. */
const EARLY_END =
  'Kontrakten kan kun ophæves før tid ved væsentlig misligholdelse. Ophører kontrakten, lægger parterne sammen en plan for overgangen, og Leverandøren leverer indsatsen som aftalt, indtil overgangen er gennemført.';

/** Moving a person at once for their safety is never a breach and never waits for a notice period. */
const SAFETY_MOVE =
  'Kræver hensynet til sikkerheden for den, indsatsen gælder, det, kan Kommunen flytte den pågældende straks, uanset varsel og uanset om der foreligger misligholdelse. Varslet gælder i så fald kun betalingen.';

export const LEGAL_CLAUSES: SeedClause[] = [
  {
    key: 'termination',
    title: 'Opsigelse og ophør',
    topic: 'termination',
    text: [
      'Hver af parterne kan opsige kontrakten skriftligt med et varsel på {{noticeMonths}} til udgangen af en måned.',
      'Ændrer borgerens behov sig, så indsatsen ikke længere passer, træffer Kommunen en ny afgørelse, og parterne genforhandler indsats og pris efter bestemmelsen om genforhandling. Fører genforhandlingen ikke til enighed, kan hver part opsige kontrakten med varslet ovenfor. En ny afgørelse bringer ikke i sig selv kontrakten til ophør.',
      'Dør borgeren, eller ønsker borgeren ikke længere indsatsen, ophører kontrakten. Kommunen betaler til og med dagen for dødsfaldet eller ophøret.',
      'Har borgeren boet i tilbuddet, betaler Kommunen derefter i {{paymentAfterEndDays}}, mens boligen ryddes.',
      EARLY_END,
      SAFETY_MOVE,
    ],
    fields: [
      counted('noticeMonths', 'Opsigelsesvarsel (måneder)', 'month'),
      { ...counted('paymentAfterEndDays', 'Betaling efter dødsfald eller fraflytning (dage)', 'day'), required: false },
    ],
    guidance:
      'Varslet binder begge parter. Et ændret behov håndteres ved en ny afgørelse og en genforhandling – ikke ved at kontrakten bortfalder uden varsel eller ved at Leverandøren siger op med kort varsel. Ophævelse kræver væsentlig misligholdelse, og borgeren skal altid have en plan for overgangen. Lange eller ensidige varsler i leverandørens kontrakt er et faresignal.',
    recognitionPhrases: [...terminationPhrases, 'fraflytning', 'dødsfald'],
    types: ADULT_TYPES,
  },
  {
    key: 'placement-end',
    title: 'Ophør af anbringelsen og hjemgivelse',
    topic: 'termination',
    text: [
      'Hver af parterne kan opsige kontrakten skriftligt med et varsel på {{noticeMonths}} til udgangen af en måned. Træffer Kommunen afgørelse om hjemgivelse eller om flytning til et andet anbringelsessted, ophører opholdet på den dato, afgørelsen fastsætter; varslet gælder da kun betalingen, medmindre parterne aftaler en kortere overgang.',
      'Anbringelsen kan ikke fortsætte uden lovligt grundlag. Trækker forældrene eller den unge samtykket til en anbringelse efter barnets lov § 46 tilbage, uden at Kommunen træffer afgørelse efter § 47, eller ophæves en afgørelse efter § 47, ophører opholdet samme dag, og Kommunen giver straks Leverandøren besked. Varslet gælder da kun betalingen.',
      'Ophøret tilrettelægges i en plan for overgangen, som Kommunen lægger sammen med Leverandøren, barnet eller den unge og forældrene. Leverandøren medvirker til, at barnet eller den unge får en god afslutning, og overdrager ejendele, medicin og relevante oplysninger senest {{handoverDays}} efter flytningen.',
      EARLY_END,
      SAFETY_MOVE,
    ],
    fields: [
      counted('noticeMonths', 'Opsigelsesvarsel (måneder)', 'month'),
      counted('handoverDays', 'Frist for overdragelse efter flytningen (dage)', 'day'),
    ],
    guidance:
      'En anbringelse kan ikke vare længere end sit retsgrundlag: trækkes samtykket efter barnets lov § 46 tilbage uden en afgørelse efter § 47, eller ophæves en afgørelse efter § 47, skal barnet hjem eller et andet sted hen, og varslet kan kun styre betalingen. Varslet binder i øvrigt begge parter, så Leverandøren ikke kan sende barnet videre med kort varsel. At kontrakten kun kan ophæves ved væsentlig misligholdelse, må aldrig forhindre, at Kommunen flytter et barn straks af hensyn til barnets sikkerhed. Husk, at kontrakten ophører ved 18 år, medmindre der træffes afgørelse om ungestøtte efter barnets lov kapitel 13.',
    recognitionPhrases: [...terminationPhrases, 'hjemgivelse', 'udslusning', 'tilbagekaldelse af samtykke'],
    types: [CONTRACT_TYPES.placement],
    codes: ['bl43', 'bl46', 'bl47'],
  },
  {
    key: 'housing-document',
    title: 'Boligdokument for længerevarende botilbud',
    topic: 'housing-document',
    text: [
      'Ved indflytning i et længerevarende botilbud efter servicelovens § 108 giver Leverandøren borgeren et boligdokument efter bekendtgørelse nr. 715 af 19. juni 2013 om lejerrettigheder til beboere i visse botilbud efter serviceloven. Det beskriver boligen og de fysiske rammer, husleje og andre udgifter samt borgerens rettigheder, hvis borgeren flytter.',
      'Boligdokumentet af {{housingDocumentDate}} er bilag til kontrakten. Ændres vilkårene, sender Leverandøren en opdateret udgave til Kommunen.',
    ],
    fields: [field('housingDocumentDate', 'Boligdokumentets dato', 'date')],
    guidance:
      'Boligdokumentet giver borgeren overblik over sine vilkår og Kommunen grundlag for at fastsætte egenbetalingen uden at betale for de samme udgifter to gange. Bed om det, før der skrives under.',
    recognitionPhrases: ['boligdokument', 'boligforhold', 'lejevilkår', 'boligens indretning', 'indflytning'],
    types: [CONTRACT_TYPES.longTerm],
    codes: ['sel108'],
  },
  {
    key: 'change-of-provider',
    title: 'Tab af godkendelse, konkurs, ejerskifte og overdragelse',
    topic: 'change-of-provider',
    text: [
      'Leverandøren orienterer straks Kommunen, hvis tilbuddets godkendelse eller kvalitetsaftale bortfalder, begrænses eller bliver betinget, eller hvis Leverandøren tages under rekonstruktions- eller konkursbehandling. Leverandøren giver Kommunen skriftlig besked om et ejerskifte eller en anden væsentlig ændring i ejerforholdet senest {{ownerChangeNoticeDays}} efter, at Leverandøren har fået kendskab til den, og om muligt før den gennemføres.',
      'Mister tilbuddet sin godkendelse eller kvalitetsaftale, ophører kontrakten fra det tidspunkt, hvor indsatsen ikke længere lovligt kan leveres. Parterne lægger sammen en plan for flytningen til et andet tilbud, og Leverandøren leverer indsatsen, så længe det er lovligt.',
      'Leverandøren kan ikke overdrage kontrakten eller rettigheder og pligter efter den uden Kommunens skriftlige samtykke. Ved rekonstruktion eller konkurs gælder konkurslovens regler, og Kommunen kan kræve at få at vide, om kontrakten videreføres, og hvordan indsatsen sikres imens.',
    ],
    fields: [counted('ownerChangeNoticeDays', 'Varsel for ejerskifte (dage)', 'day')],
    guidance:
      'Et ejerskifte kan ændre både kvalitet og pris. Leverandøren har ikke altid hånd om et salg af ejerandele, så fristen regnes fra, at leverandøren får kendskab til ændringen. Spørg i forhandlingen, hvem der ejer tilbuddet, og tjek regnskab og godkendelse ved opfølgningen. Mister tilbuddet sin godkendelse, er det sagsbehandlerens opgave at finde et andet tilbud hurtigt – kontrakten sikrer, at Leverandøren medvirker.',
    recognitionPhrases: [
      'ejerskifte',
      'konkurs',
      'rekonstruktion',
      'overdragelse',
      'overdrage aftalen',
      'godkendelsen bortfalder',
    ],
  },
  {
    key: 'data-protection',
    title: 'Databeskyttelse og tavshedspligt',
    topic: 'data-protection',
    text: [
      'Parterne har vurderet rollerne for de personoplysninger, der behandles i forbindelse med indsatsen, således: {{dataRole}}. Kommunen er dataansvarlig for sagen. Leverer Leverandøren indsatsen som en selvstændig faglig opgave, er Leverandøren selvstændigt dataansvarlig for sin egen behandling. Behandler Leverandøren alene oplysninger på Kommunens vegne og efter Kommunens instruks, er Leverandøren databehandler, og parterne indgår en databehandleraftale, før behandlingen begynder.',
      'Kommunen videregiver kun de oplysninger, der er nødvendige for indsatsen, efter databeskyttelsesforordningen, databeskyttelsesloven og forvaltningslovens regler om tavshedspligt og videregivelse. Leverandøren behandler dem kun til indsatsen, og Leverandørens medarbejdere har tavshedspligt.',
      'Personoplysninger udveksles kun via {{secureChannel}} eller en anden sikker forbindelse. Personnumre sendes aldrig i almindelig e-mail og står aldrig på fakturaer.',
      'Flytter den, indsatsen gælder, til et andet tilbud, overdrager Leverandøren efter Kommunens anvisning de oplysninger, der er nødvendige for at fortsætte indsatsen. Oplysninger, som Leverandøren ikke længere har brug for eller pligt til at opbevare, slettes, og Leverandøren bekræfter det skriftligt over for Kommunen.',
      'Sker der et brud på persondatasikkerheden, der vedrører sagen, orienterer Leverandøren Kommunen uden unødig forsinkelse.',
    ],
    fields: [
      field('dataRole', 'Parternes roller (dataansvarlig eller databehandler)', 'text'),
      field('secureChannel', 'Sikker kanal for personoplysninger', 'text'),
    ],
    guidance:
      'Rollerne skal vurderes i den enkelte kontrakt – de kan ikke bare erklæres. En leverandør, der selv tilrettelægger en døgnindsats efter sin godkendelse, er typisk selvstændigt dataansvarlig. En leverandør, der leverer fx socialpædagogisk støtte efter § 85 efter Kommunens bestilling og kun behandler oplysningerne for Kommunen, kan være databehandler; så kræver databeskyttelsesforordningens artikel 28 en databehandleraftale. Videregivelse kræver hjemmel (databeskyttelsesforordningens artikel 6 og 9 og reglerne om tavshedspligt), og kun det nødvendige må sendes. Aftal overdragelse af journaler, når barnet eller borgeren flytter, og sletning bagefter. Kontrollér, at leverandøren kan modtage sikker e-mail, før der sendes sagsakter.',
    recognitionPhrases: [
      'databeskyttelse',
      'persondata',
      'GDPR',
      'tavshedspligt',
      'fortrolighed',
      'dataansvarlig',
      'databehandler',
      'databehandleraftale',
    ],
  },
  {
    key: 'disputes',
    title: 'Tvister',
    topic: 'disputes',
    text: [
      'Uenighed om forståelsen af kontrakten søges først løst ved forhandling mellem parternes ledelser. Er der ikke opnået enighed inden for {{disputeDays}}, kan hver part indbringe sagen for domstolene ved Kommunens hjemting efter dansk ret.',
      'En uenighed må aldrig føre til, at indsatsen afbrydes eller forringes.',
    ],
    fields: [counted('disputeDays', 'Frist for forhandling (dage)', 'day')],
    guidance:
      'Leverandørers kontrakter peger undertiden på voldgift eller leverandørens hjemting. Kommunens hjemting og dansk ret er udgangspunktet.',
    recognitionPhrases: ['tvist', 'uenighed', 'voldgift', 'værneting', 'lovvalg', 'domstolene'],
  },
];
