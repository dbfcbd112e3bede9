// The library search as it stands in the address (`#/klausuler?q=…&emne=…&paragraf=…&status=…`) and as the API query.
import type { ClauseStatus } from '@koberollen/shared/domain/clause';

export interface LibraryForm {
  q: string;
  topic: string;
  paragraph: string;
  status: string;
}

/** Address parameter names, in Danish like the routes. */
const PARAM_NAMES: Record<keyof LibraryForm, string> = {
  q: 'q',
  topic: 'emne',
  paragraph: 'paragraf',
  status: 'status',
};
const FIELDS = Object.keys(PARAM_NAMES) as (keyof LibraryForm)[];
const STATUSES: readonly ClauseStatus[] = ['draft', 'published', 'retired'];

export function formFromParams(params: URLSearchParams): LibraryForm {
  const [q, topic, paragraph, status] = FIELDS.map((field) => params.get(PARAM_NAMES[field]) ?? '');
  return { q: q!, topic: topic!, paragraph: paragraph!, status: status! };
}

export function paramsFromForm(form: LibraryForm): Record<string, string> {
  return Object.fromEntries(FIELDS.filter((f) => form[f].trim()).map((f) => [PARAM_NAMES[f], form[f].trim()]));
}

/** The list query: empty values left out, an unknown status ignored. */
export function apiQuery(form: LibraryForm) {
  const text = (value: string) => value.trim() || undefined;
  const status = STATUSES.find((s) => s === form.status);
  return { q: text(form.q), topic: text(form.topic), paragraph: text(form.paragraph), status };
}
