// Serves the built task pane and Teams tab with their page security headers.
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';

import { pageHeaders, type PageKind } from '../http/securityHeaders';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml; charset=utf-8',
};

export interface StaticMount {
  /** URL prefix, e.g. `/addin/`. */
  prefix: string;
  dir: string;
  page: PageKind;
  /** File served for the bare prefix. */
  index: string;
}

/** Serves a file under one of the mounts; returns false when no mount or file matches. */
export function serveStatic(mounts: StaticMount[], pathname: string, res: http.ServerResponse): boolean {
  const mount = mounts.find((m) => pathname.startsWith(m.prefix) || `${pathname}/` === m.prefix);
  if (!mount) return false;
  const relative = decodeURIComponent(pathname.slice(mount.prefix.length)) || mount.index;
  const file = path.resolve(mount.dir, relative);
  if (!file.startsWith(path.resolve(mount.dir) + path.sep)) return false;
  let body: Buffer;
  try {
    body = fs.readFileSync(file);
  } catch {
    return false;
  }
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  const cache = relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
  res.writeHead(200, { ...pageHeaders(mount.page), 'Content-Type': type, 'Cache-Control': cache });
  res.end(body);
  return true;
}
