// A node:http request as the API reads it (see http/request.ts): headers, route parameters, query and the body.
import { randomUUID } from 'node:crypto';
import type http from 'node:http';

import type { ApiContext, ApiRequest } from '../http/request';

export class NodeRequest implements ApiRequest {
  readonly query: URLSearchParams;
  readonly headers: Pick<Headers, 'get'>;

  constructor(
    incoming: http.IncomingMessage,
    url: URL,
    readonly params: Record<string, string>,
    private readonly body: Buffer,
  ) {
    this.query = url.searchParams;
    this.headers = {
      // node:http keeps header names in lower case; repeated headers as arrays (set-cookie) or joined by ", ".
      get: (name) => {
        const value = incoming.headers[name.toLowerCase()];
        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
      },
    };
  }

  /** The body's bytes: the body's own memory when it fills it (as a body of more than 4 KB does), else a copy. */
  arrayBuffer = (): Promise<ArrayBuffer> => {
    const { buffer, byteOffset, byteLength } = this.body;
    const whole = byteOffset === 0 && byteLength === buffer.byteLength;
    return Promise.resolve((whole ? buffer : buffer.slice(byteOffset, byteOffset + byteLength)) as ArrayBuffer);
  };
}

/** An invocation of a function on the local host: an id for error answers, and warnings and errors to `log`. */
export function nodeInvocation(log: (level: string, ...args: unknown[]) => void): ApiContext {
  return {
    invocationId: randomUUID(),
    warn: (...args: unknown[]) => log('warning', ...args),
    error: (...args: unknown[]) => log('error', ...args),
  };
}
