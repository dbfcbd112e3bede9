// Nested app authentication (NAA) through MSAL: a token for the API from inside Office or Teams. Loaded lazily.
import { createNestablePublicClientApplication, type IPublicClientApplication } from '@azure/msal-browser';

import type { IssuedToken } from './tokenSession';

export interface NestedAppAuthSettings {
  /** The add-in's / tab's Entra app registration (client id). */
  clientId: string;
  /** The API's delegated scope, e.g. `api://<app id>/access_as_user`. */
  scope: string;
  /** Defaults to the multi-tenant `common` authority. */
  authority?: string;
}

export interface NestedAppAuth {
  /** A token silently when MSAL holds one, else through MSAL's popup; rejects when the user cancels. */
  acquireToken(): Promise<IssuedToken>;
}

function issued(result: { accessToken: string; expiresOn: Date | null }, now: number): IssuedToken {
  const expiresAt = result.expiresOn?.getTime() ?? now + 3600_000;
  return { token: result.accessToken, expiresInSeconds: Math.max(0, Math.floor((expiresAt - now) / 1000)) };
}

/** Creates the nestable MSAL client once; under NAA the host's signed-in account is the account. */
export async function createNestedAppAuth(settings: NestedAppAuthSettings): Promise<NestedAppAuth> {
  const msal: IPublicClientApplication = await createNestablePublicClientApplication({
    auth: {
      clientId: settings.clientId,
      authority: settings.authority ?? 'https://login.microsoftonline.com/common',
    },
  });
  const request = { scopes: [settings.scope] };
  return {
    async acquireToken() {
      const account = msal.getActiveAccount() ?? msal.getAllAccounts()[0];
      try {
        return issued(await msal.acquireTokenSilent({ ...request, ...(account ? { account } : {}) }), Date.now());
      } catch {
        // Silent sign-in needs consent or an interactive step the first time; MSAL's popup is the NAA way to ask.
        const result = await msal.acquireTokenPopup(request);
        msal.setActiveAccount(result.account);
        return issued(result, Date.now());
      }
    },
  };
}
