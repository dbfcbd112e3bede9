// Office's own single sign-on (`Office.auth.getAccessToken`): the fallback where nested app authentication is missing.
import type { IssuedToken } from '@koberollen/shared/auth/tokenSession';

/** Seconds until a JWT's `exp`, read from its payload (the signature is the API's business). */
export function secondsToExpiry(token: string, nowMs: number): number {
  try {
    const payload = token.split('.')[1] ?? '';
    const text = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const exp = (JSON.parse(text) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? Math.max(0, Math.floor(exp - nowMs / 1000)) : 0;
  } catch {
    return 0;
  }
}

/** True when the host offers nested app authentication (NestedAppAuth 1.1). */
export function nestedAppAuthSupported(): boolean {
  try {
    return typeof Office !== 'undefined' && Office.context.requirements.isSetSupported('NestedAppAuth', '1.1');
  } catch {
    return false;
  }
}

/** A token for the API from Office SSO; prompts for sign-in and consent where Office allows it. */
export async function officeAccessToken(): Promise<IssuedToken> {
  const token = await Office.auth.getAccessToken({ allowSignInPrompt: true, allowConsentPrompt: true });
  return { token, expiresInSeconds: secondsToExpiry(token, Date.now()) };
}
