// A refused request in one Danish sentence for a person: each wrong field by its Danish name with the API's plain
// message ("Opfølgning hver (måneder): højst 24 måneder."), used by the Teams tab and the Word pane alike.
import type { ApiError } from './apiError';

/** Danish names of the fields people fill in, by their path with each list position as `#`. */
const FIELD_NAMES: Record<string, string> = {
  title: 'Titel',
  name: 'Navn',
  description: 'Beskrivelse',
  reference: 'Sagsnummer',
  targetGroup: 'Målgruppe',
  paragraph: 'Paragraf',
  notes: 'Noter',
  reason: 'Begrundelse',
  caseId: 'Sag',
  providerId: 'Leverandør',
  offerId: 'Tilbud',
  templateId: 'Skabelon',
  startDate: 'Startdato',
  endDate: 'Slutdato',
  renegotiationDate: 'Første genforhandling',
  noticePeriodMonths: 'Opsigelsesvarsel (måneder)',
  followUpCadenceMonths: 'Opfølgning hver (måneder)',
  weeklyHours: 'Timer om ugen',
  'rates.#.amount': 'Takst',
  'rates.#.label': 'Taksttekst',
  'rates.#.validFrom': 'Taksten gælder fra',
  'specialRate.amount': 'Særtakst',
  'specialRate.reason': 'Begrundelse for særtaksten',
  'specialRate.startDate': 'Særtakst fra',
  'specialRate.endDate': 'Særtakst til',
  'priceRegulation.maxPercent': 'Højeste årlige regulering (%)',
  'priceRegulation.month': 'Reguleringsmåned',
  invoiceNumber: 'Fakturanummer',
  periodFrom: 'Periode fra',
  periodTo: 'Periode til',
  receivedDate: 'Modtaget',
  'lines.#.description': 'Linjetekst, linje #',
  'lines.#.quantity': 'Antal, linje #',
  'lines.#.unitPrice': 'Enhedspris, linje #',
  'lines.#.amount': 'Beløb, linje #',
  topic: 'Emne',
  guidance: 'Vejledning',
  paragraphs: 'Afsnit',
  'paragraphs.#': 'Afsnit #',
  changeNote: 'Ændringsnote',
  cvr: 'CVR-nummer',
  places: 'Pladser',
};

/** The field's Danish name, with its list position counted from 1, or undefined for a field no form shows. */
export function fieldName(path: string): string | undefined {
  const positions: number[] = [];
  const pattern = path.replace(/(^|\.)(\d+)(?=\.|$)/g, (_all, dot: string, index: string) => {
    positions.push(Number(index) + 1);
    return `${dot}#`;
  });
  const name = FIELD_NAMES[pattern];
  return name?.replace(/#/g, () => String(positions.shift() ?? ''));
}

/** One sentence per wrong field: its name and the message, or the message alone when no form names the field. */
export function fieldProblems(fields: Record<string, string>): string[] {
  return Object.entries(fields).map(([path, message]) => {
    const name = fieldName(path);
    if (!name) return message;
    // "Højst …" reads "højst …" after the name; an acronym ("CPR-nummer …") keeps its capitals.
    const lower = /^\p{Lu}\p{Ll}/u.test(message) ? message.charAt(0).toLowerCase() + message.slice(1) : message;
    return `${name}: ${lower}`;
  });
}

/**
 * The refusal for a person: a request refused for its fields (400) names each field and what is wrong with it, with
 * no word on the request itself; any other answer gives the API's explanation followed by the fields'.
 */
export function problemText(error: ApiError): string {
  const fields = fieldProblems(error.fields);
  if (error.status === 400 && fields.length > 0) return fields.join(' ');
  return [error.detail || error.title, ...fields].filter(Boolean).join(' ');
}
