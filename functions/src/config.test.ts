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
