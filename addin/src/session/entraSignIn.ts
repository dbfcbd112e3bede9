// Entra ID sign-in inside Office: nested app authentication where the host offers it, else Office SSO.
import type { IssuedToken } from '@koberollen/shared/auth/tokenSession';

import { entraSettings } from '../config';
import { nestedAppAuthSupported, officeAccessToken } from '../word/officeAuth';

/** The token source to sign in with; MSAL is loaded only here, when it is needed. */
export async function entraTokenSource(): Promise<() => Promise<IssuedToken>> {
  if (nestedAppAuthSupported() && entraSettings.clientId && entraSettings.scope) {
    const { createNestedAppAuth } = await import('@koberollen/shared/auth/nestedAppAuth');
    const naa = await createNestedAppAuth(entraSettings);
    return () => naa.acquireToken();
  }
  return officeAccessToken;
}
