// The catalogue search as it stands in the address (`#/leverandoerer?q=…&region=…`) and as the API query.
import type { ProviderSort } from '@koberollen/shared/api/providers.contract';
import { OWNERSHIPS, REGIONS } from '@koberollen/shared/domain/choices';

/** The search form's values, all as typed (empty means "any"). */
export interface SearchForm {
  q: string;
  paragraph: string;
  targetGroup: string;
  region: string;
  municipality: string;
  ownership: string;
  minRate: string;
  maxRate: string;
  negotiatedWithinMonths: string;
  sort: string;
}

/** Address parameter names, in Danish like the routes. */
const PARAM_NAMES: Record<keyof SearchForm, string> = {
  q: 'q',
  paragraph: 'paragraf',
  targetGroup: 'maalgruppe',
  region: 'region',
  municipality: 'kommune',
  ownership: 'ejerform',
  minRate: 'minTakst',
  maxRate: 'maxTakst',
  negotiatedWithinMonths: 'forhandletInden',
  sort: 'sortering',
};

const FIELDS = Object.keys(PARAM_NAMES) as (keyof SearchForm)[];

export function formFromParams(params: URLSearchParams): SearchForm {
  return Object.fromEntries(FIELDS.map((field) => [field, params.get(PARAM_NAMES[field]) ?? ''])) as Record<
    keyof SearchForm,
    string
  >;
}

export function paramsFromForm(form: SearchForm): Record<string, string> {
  return Object.fromEntries(FIELDS.filter((f) => form[f].trim()).map((f) => [PARAM_NAMES[f], form[f].trim()]));
}

const number = (text: string) => (text.trim() && Number.isFinite(Number(text)) ? Number(text) : undefined);
const text = (value: string) => value.trim() || undefined;
const SORTS: readonly ProviderSort[] = ['name', 'rate', 'negotiated'];

/** The API query for a form; values the API would refuse (an unknown region, a word for a number) are left out. */
export function apiQuery(form: SearchForm) {
  const region = REGIONS.find((r) => r === form.region);
  const ownership = OWNERSHIPS.find((o) => o === form.ownership);
  const sort = SORTS.find((s) => s === form.sort);
  const months = number(form.negotiatedWithinMonths);
  return {
    q: text(form.q),
    paragraph: text(form.paragraph),
    targetGroup: text(form.targetGroup),
    region,
    municipality: text(form.municipality),
    ownership,
    minRate: number(form.minRate),
    maxRate: number(form.maxRate),
    negotiatedWithinMonths: months && Number.isInteger(months) && months >= 1 ? months : undefined,
    sort,
  };
}
