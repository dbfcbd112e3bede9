// Demo clauses on ending the agreement, the §108 housing document, data protection and disputes.
import { CONTRACT_TYPES } from '../contractTypes';
import { field, type SeedClause } from './define';

const terminationPhrases = ['opsigelse', 'opsigelsesvarsel', 'varsel', 'ophør', 'udskrivning', 'fraflytning'];

export const LEGAL_CLAUSES: SeedClause[] = [
  {
    key: 'termination',
    title: 'Opsigelse og ophør',
    topic: 'termination',
    text: [
      'Kommunen kan opsige kontrakten med {{municipalityNoticeDays}} dages varsel til udgangen af en måned. Leverandøren kan opsige kontrakten med {{providerNoticeMonths}} måneders varsel til udgangen af en måned.',
      'Bortfalder borgerens behov for indsatsen, fx ved flytning, dødsfald eller en ny afgørelse, ophører kontrakten uden varsel, og Kommunen betaler til og med den dag, borgeren fraflytter eller indsatsen slutter.',
      'Leverandøren kan ikke opsige kontrakten alene fordi borgerens behov er steget. I så fald genforhandler parterne først efter kontraktens bestemmelse om genforhandling.',
    ],
    fields: [
      field('municipalityNoticeDays', 'Kommunens varsel (dage)', 'number'),
      field('providerNoticeMonths', 'Leverandørens varsel (måneder)', 'number'),
    ],
    guidance:
      'Lange eller ensidige opsigelsesvarsler binder Kommunen til at betale for en plads, borgeren ikke længere bruger. Hold Kommunens varsel kort, og sørg for, at behovets ophør afslutter betalingen.',
    recognitionPhrases: terminationPhrases,
    types: [CONTRACT_TYPES.temporary, CONTRACT_TYPES.longTerm, CONTRACT_TYPES.support, CONTRACT_TYPES.dayTreatment],
  },
  {
    key: 'placement-end',
    title: 'Ophør af anbringelsen og hjemgivelse',
    topic: 'termination',
    text: [
      'Kontrakten ophører, når Kommunen træffer afgørelse om, at anbringelsen ophører, at barnet hjemgives, eller at barnet flytter til et andet anbringelsessted. Kommunen betaler til og med den dag, barnet eller den unge flytter.',
      'Anbringelsesstedet kan opsige kontrakten med {{providerNoticeMonths}} måneders varsel og medvirker til, at overgangen bliver så nænsom for barnet som muligt.',
    ],
    fields: [field('providerNoticeMonths', 'Anbringelsesstedets varsel (måneder)', 'number')],
    guidance:
      'Et anbringelsessted bør ikke kunne opsige med kort varsel: et brat skift er skadeligt for barnet. Aftal også, hvordan overgangen tilrettelægges.',
    recognitionPhrases: [...terminationPhrases, 'hjemgivelse', 'udslusning'],
    types: [CONTRACT_TYPES.placement],
    codes: ['bl43', 'bl46', 'bl47'],
  },
  {
    key: 'housing-document',
    title: 'Boligdokument for længerevarende botilbud',
    topic: 'housing-document',
    text: [
      'Ved indflytning i et længerevarende botilbud efter servicelovens § 108 giver Leverandøren borgeren et boligdokument. Det beskriver boligen og de fysiske rammer, husleje og andre udgifter samt borgerens rettigheder, hvis borgeren flytter.',
      'Boligdokumentet af {{housingDocumentDate}} er bilag til kontrakten. Ændres vilkårene, sender Leverandøren en opdateret udgave til Kommunen.',
    ],
    fields: [field('housingDocumentDate', 'Boligdokumentets dato', 'date')],
    guidance:
      'Boligdokumentet giver borgeren overblik over sine vilkår og Kommunen grundlag for at tjekke egenbetalingen. Bed om det, før der skrives under.',
    recognitionPhrases: ['boligdokument', 'boligforhold', 'lejevilkår', 'boligens indretning', 'indflytning'],
    types: [CONTRACT_TYPES.longTerm],
    codes: ['sel108'],
  },
  {
    key: 'data-protection',
    title: 'Databeskyttelse og tavshedspligt',
    topic: 'data-protection',
    text: [
      'Parterne er hver for sig dataansvarlige for de personoplysninger, de behandler i forbindelse med indsatsen, og behandler dem efter databeskyttelsesforordningen og databeskyttelsesloven. Leverandørens medarbejdere har tavshedspligt.',
      'Personoplysninger udveksles kun via {{secureChannel}} eller en anden sikker forbindelse. Personnumre sendes aldrig i almindelig e-mail og står aldrig på fakturaer.',
      'Sker der et brud på persondatasikkerheden, som vedrører borgeren, orienterer Leverandøren Kommunen uden unødig forsinkelse.',
    ],
    fields: [field('secureChannel', 'Sikker kanal for personoplysninger', 'text')],
    guidance:
      'Kontrollér, at leverandøren kan modtage sikker e-mail, før der sendes sagsakter. Brug sagsnummeret i al korrespondance om økonomi.',
    recognitionPhrases: ['databeskyttelse', 'persondata', 'GDPR', 'tavshedspligt', 'fortrolighed', 'dataansvarlig'],
  },
  {
    key: 'disputes',
    title: 'Tvister',
    topic: 'disputes',
    text: [
      'Uenighed om forståelsen af kontrakten søges først løst ved forhandling mellem parternes ledelser. Er der ikke opnået enighed inden for {{disputeDays}} dage, kan hver part indbringe sagen for domstolene ved Kommunens hjemting efter dansk ret.',
      'En uenighed må aldrig føre til, at indsatsen over for borgeren afbrydes eller forringes.',
    ],
    fields: [field('disputeDays', 'Frist for forhandling (dage)', 'number')],
    guidance:
      'Leverandørers kontrakter peger undertiden på voldgift eller leverandørens hjemting. Kommunens hjemting og dansk ret er udgangspunktet.',
    recognitionPhrases: ['tvist', 'uenighed', 'voldgift', 'værneting', 'lovvalg', 'domstolene'],
  },
];
