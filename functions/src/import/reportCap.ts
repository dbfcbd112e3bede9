// Keeps an import report small whatever the file: the first errors in full, the rest counted, echoed cells cut short.

/** Error messages an import report lists; beyond them it gives their number. */
export const MAX_REPORTED_ERRORS = 100;
/** Longest cell text a report echoes back, and longest error message. */
const MAX_ECHO_CHARS = 200;
const MAX_MESSAGE_CHARS = 500;

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** A cell's text as a report echoes it: at most 200 characters. */
export const echo = (text: string): string => cut(text, MAX_ECHO_CHARS);

/**
 * The rows with the first MAX_REPORTED_ERRORS error messages kept (each cut to 500 characters) and later ones left
 * out; every row keeps its status. `omittedErrors` is how many messages were left out.
 */
export function capErrors<R extends { errors: string[] }>(rows: R[]): { rows: R[]; omittedErrors: number } {
  let room = MAX_REPORTED_ERRORS;
  let omittedErrors = 0;
  const capped = rows.map((row) => {
    if (row.errors.length === 0) return row;
    const kept = row.errors.slice(0, Math.max(0, room)).map((message) => cut(message, MAX_MESSAGE_CHARS));
    room -= kept.length;
    omittedErrors += row.errors.length - kept.length;
    return { ...row, errors: kept };
  });
  return { rows: capped, omittedErrors };
}
