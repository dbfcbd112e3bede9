// A failed API call as the front ends see it, and the reading of the API's problem documents; free of schemas, so a
// first screen can report errors without loading them.

/** RFC 9457 problem document as the API writes it (see functions/src/http/problem.ts). */
export interface Problem {
  title: string;
  status?: number;
  detail?: string;
  fields?: Record<string, string>;
  correlationId?: string;
}

/** A failed call: a problem answer from the API, an unexpected answer, or (status 0) no answer at all. */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  readonly fields: Record<string, string>;
  readonly correlationId: string | undefined;

  constructor(status: number, problem: Problem, options?: { cause?: unknown }) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title, options);
    this.name = 'ApiError';
    this.status = status;
    this.title = problem.title;
    this.detail = problem.detail ?? '';
    this.fields = problem.fields ?? {};
    this.correlationId = problem.correlationId;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const optional = (value: unknown, type: 'string' | 'number') => value === undefined || typeof value === type;

/** The problem document in a body, or undefined when the body is not one. */
export function problemIn(json: unknown): Problem | undefined {
  if (!isRecord(json) || typeof json.title !== 'string') return undefined;
  const { status, detail, fields, correlationId } = json;
  if (!optional(status, 'number') || !optional(detail, 'string') || !optional(correlationId, 'string'))
    return undefined;
  if (fields !== undefined && !(isRecord(fields) && Object.values(fields).every((f) => typeof f === 'string'))) {
    return undefined;
  }
  return {
    title: json.title,
    ...(typeof status === 'number' ? { status } : {}),
    ...(typeof detail === 'string' ? { detail } : {}),
    ...(fields ? { fields: fields as Record<string, string> } : {}),
    ...(typeof correlationId === 'string' ? { correlationId } : {}),
  };
}

/** The error for a failed answer: its problem document when it carries one, else a Danish sentence with the status. */
export function apiErrorOf(status: number, body: string): ApiError {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    json = undefined;
  }
  return new ApiError(
    status,
    problemIn(json) ?? { title: 'Fejl fra serveren', detail: `Serveren svarede med status ${status}.` },
  );
}
