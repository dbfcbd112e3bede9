// Sign-in mode settings: entra unless local is chosen, and what an entra deployment still lacks.
import { parseConfig } from './config';

const ENTRA = {
  ENTRA_AUDIENCE: 'api://koberollen',
  ENTRA_ISSUER: 'https://login.microsoftonline.com/{tenantid}/v2.0',
  ENTRA_JWKS_URI: 'https://login.microsoftonline.com/common/discovery/v2.0/keys',
};

describe('sign-in mode', () => {
  it('is entra by default, and names every missing Entra setting', () => {
    expect(parseConfig({}).auth).toEqual({
      mode: 'unconfigured',
      missing: ['ENTRA_AUDIENCE', 'ENTRA_ISSUER', 'ENTRA_JWKS_URI'],
    });
    expect(parseConfig({ ENTRA_AUDIENCE: 'api://x' }).auth).toEqual({
      mode: 'unconfigured',
      missing: ['ENTRA_ISSUER', 'ENTRA_JWKS_URI'],
    });
  });

  it('is entra with all three settings', () => {
    expect(parseConfig(ENTRA).auth).toEqual({
      mode: 'entra',
      audience: ENTRA.ENTRA_AUDIENCE,
      issuer: ENTRA.ENTRA_ISSUER,
      jwksUri: ENTRA.ENTRA_JWKS_URI,
    });
  });

  it('is local only when AUTH_MODE says so, whatever else is set', () => {
    expect(parseConfig({ AUTH_MODE: 'local' }).auth).toEqual({ mode: 'local' });
    expect(parseConfig({ ...ENTRA, AUTH_MODE: 'local' }).auth).toEqual({ mode: 'local' });
  });

  it('refuses an unknown mode', () => {
    expect(() => parseConfig({ AUTH_MODE: 'open' })).toThrow(/AUTH_MODE/);
  });
});

describe('Microsoft Graph settings', () => {
  const GRAPH = {
    ENTRA_CLIENT_ID: '0b7f3c1e-2d4a-4f6b-8c9d-1e2f3a4b5c6d',
    ENTRA_CLIENT_SECRET: 'secret',
    TEAMS_APP_ID: 'c02b9b43-45ba-5cc3-8bf8-e0d31f40f1f2',
    PUBLIC_BASE_URL: 'https://koeberollen.example.dk/',
  };

  it('are on in entra mode with all four settings, on the global cloud by default', () => {
    expect(parseConfig({ ...ENTRA, ...GRAPH }).graph).toEqual({
      mode: 'on',
      clientId: GRAPH.ENTRA_CLIENT_ID,
      clientSecret: GRAPH.ENTRA_CLIENT_SECRET,
      teamsAppId: GRAPH.TEAMS_APP_ID,
      publicBaseUrl: 'https://koeberollen.example.dk',
      authorityHost: 'https://login.microsoftonline.com',
      baseUrl: 'https://graph.microsoft.com/v1.0',
      timeoutMs: 10_000,
    });
  });

  it('are off in local mode whatever is set, and name what an entra deployment lacks', () => {
    expect(parseConfig({ ...ENTRA, ...GRAPH, AUTH_MODE: 'local' }).graph).toEqual({
      mode: 'off',
      reason: 'sign-in mode is local without Entra ID',
    });
    const { TEAMS_APP_ID: _id, ...withoutAppId } = GRAPH;
    expect(parseConfig({ ...ENTRA, ...withoutAppId }).graph).toEqual({ mode: 'off', reason: 'missing TEAMS_APP_ID' });
  });

  it('refuses a malformed Teams app id or timeout', () => {
    expect(() => parseConfig({ ...ENTRA, ...GRAPH, TEAMS_APP_ID: 'app' })).toThrow(/TEAMS_APP_ID/);
    expect(() => parseConfig({ ...ENTRA, ...GRAPH, GRAPH_TIMEOUT_MS: '5' })).toThrow(/GRAPH_TIMEOUT_MS/);
  });
});
