// The period the Overblik route names (`#/overblik?fra=2026-01-01&til=2026-03-31`).

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** The period asked for in the route; a malformed date is left to the server's default. */
export function periodParams(params: URLSearchParams): { from?: string; to?: string } {
  const pick = (name: string) => {
    const value = params.get(name) ?? '';
    return ISO.test(value) ? value : undefined;
  };
  return { from: pick('fra'), to: pick('til') };
}
