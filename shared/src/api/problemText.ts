// A refused request in one Danish sentence for a person: each wrong field by its Danish name with the API's plain
// message ("Opfølgning hver (måneder): højst 24 måneder."), used by the Teams tab and the Word pane alike.
import { fieldLabel } from '../domain/fieldLabels';
import type { ApiError } from './apiError';

/** One sentence per wrong field: its name and the message, or the message alone when no form names the field. */
export function fieldProblems(fields: Record<string, string>): string[] {
  return Object.entries(fields).map(([path, message]) => {
    const name = fieldLabel(path);
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
