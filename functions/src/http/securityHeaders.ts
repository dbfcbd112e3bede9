// Security headers for pages and API answers; the production hosting configuration is generated from here too.

export type PageKind = 'addin' | 'teams';

/**
 * The hosts that may frame each page: the Word pane runs inside Office on the web (its editor frame on
 * officeapps.live.com, opened from SharePoint, OneDrive, office.com or the cloud.microsoft domains); the Teams tab
 * inside Teams, Outlook and the Microsoft 365 app. Each page lists its own hosts only.
 */
export const FRAME_HOSTS: Readonly<Record<PageKind, readonly string[]>> = {
  addin: [
    'https://*.officeapps.live.com',
    'https://*.sharepoint.com',
    'https://onedrive.live.com',
    'https://*.office.com',
    'https://*.cloud.microsoft',
  ],
  teams: [
    'https://*.cloud.microsoft',
    'https://teams.microsoft.com',
    'https://*.teams.microsoft.com',
    'https://*.microsoft365.com',
    'https://*.office.com',
    'https://outlook.office.com',
    'https://outlook.office365.com',
  ],
};

/** Browsers keep to HTTPS for a year once they have seen this on an HTTPS answer (ignored over plain HTTP). */
export const HSTS = { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } as const;

/** Where office.js is served from; the task pane must load it from Microsoft's CDN. */
export const OFFICE_JS_HOST = 'https://appsforoffice.microsoft.com';
const SIGN_IN_HOSTS = ['https://login.microsoftonline.com', 'https://graph.microsoft.com'];
/** teams-js fetches its list of valid Teams host domains from here when it starts inside Teams. */
const TEAMS_JS_CDN = 'https://res.cdn.office.net';

function csp(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** Content-Security-Policy for a page: its own origin, the scripts it needs, the API, and its embedding hosts. */
export function pageCsp(page: PageKind): string {
  return csp({
    'default-src': ["'self'"],
    'script-src': page === 'addin' ? ["'self'", OFFICE_JS_HOST] : ["'self'"],
    // Fluent UI (Griffel) inserts its generated rules as <style> elements at run time.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': page === 'teams' ? ["'self'", ...SIGN_IN_HOSTS, TEAMS_JS_CDN] : ["'self'", ...SIGN_IN_HOSTS],
    'frame-src': ["'self'", ...SIGN_IN_HOSTS.slice(0, 1)],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'self'", ...FRAME_HOSTS[page]],
  });
}

/** JSON answers are never rendered or framed. */
export const API_CSP = csp({
  'default-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
});

const COMMON = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
} as const;

export function pageHeaders(page: PageKind): Record<string, string> {
  return { ...COMMON, 'Content-Security-Policy': pageCsp(page) };
}

/** The headers of every API answer. */
export const API_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  ...COMMON,
  'Content-Security-Policy': API_CSP,
  'Cache-Control': 'no-store',
});
