// The only reader of process.env and argv for `npm run package`: base URL, Entra ids and output folder, checked.
import { parseArgs } from 'node:util';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The local host's HTTPS address: what Word and Teams sideload from during development. */
export function localBaseUrl(env) {
  return `https://localhost:${env.PORT || 7071}`;
}

/**
 * Reads the packaging options from command-line arguments, falling back to the environment
 * (PACKAGE_BASE_URL, ENTRA_APP_ID, ENTRA_API_APP_ID_URI). Throws a message naming what is wrong.
 */
export function packageConfig(argv = process.argv.slice(2), env = process.env) {
  const { values } = parseArgs({
    args: argv,
    options: {
      'base-url': { type: 'string' },
      'app-id': { type: 'string' },
      'api-app-id-uri': { type: 'string' },
      'out-dir': { type: 'string', default: 'dist' },
    },
    strict: true,
  });
  const baseUrl = normaliseBaseUrl(values['base-url'] || env.PACKAGE_BASE_URL || localBaseUrl(env));
  const host = new URL(baseUrl).hostname;
  const appId = values['app-id'] || env.ENTRA_APP_ID || undefined;
  if (appId !== undefined && !GUID.test(appId)) throw new Error(`--app-id must be a GUID, got "${appId}"`);
  if (appId === undefined && host !== 'localhost') {
    throw new Error(`--app-id (or ENTRA_APP_ID) is required for ${baseUrl}: sign-in and Teams reminders need it`);
  }
  const apiAppIdUri = values['api-app-id-uri'] || env.ENTRA_API_APP_ID_URI || (appId && `api://${host}/${appId}`);
  if (apiAppIdUri !== undefined && !URL.canParse(apiAppIdUri)) {
    throw new Error(`--api-app-id-uri must be a URI, got "${apiAppIdUri}"`);
  }
  return { baseUrl, host, appId, apiAppIdUri, outDir: values['out-dir'] };
}

/** An HTTPS origin (optionally with a path prefix) without a trailing slash. */
function normaliseBaseUrl(value) {
  if (!URL.canParse(value)) throw new Error(`--base-url must be a URL, got "${value}"`);
  const url = new URL(value);
  if (url.protocol !== 'https:') throw new Error(`--base-url must use https, got "${value}"`);
  if (url.search || url.hash) throw new Error(`--base-url takes no query or fragment, got "${value}"`);
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}
