// What the HTTP pipeline needs from sign-in: a verified user from an Authorization header.
import type { User } from '@koberollen/shared/domain/user';

export interface Authenticator {
  /** Verifies a bearer token and returns its user; throws UnauthenticatedError or ForbiddenError. */
  authenticate(authorization: string | null): Promise<User>;
}

/** Local mode only: issues tokens for seeded demo users, verified by the same code path. */
export interface DevTokenIssuer {
  issue(user: User): Promise<string>;
}
