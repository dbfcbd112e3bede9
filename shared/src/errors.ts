// Domain errors: thrown by rules and stores, mapped to HTTP statuses in one place (functions/src/http/errors.ts).

/** Base class: `detail` is a Danish sentence fit for the user. */
export abstract class DomainError extends Error {
  constructor(
    readonly detail: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(detail);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {}
export class ConflictError extends DomainError {}
export class PreconditionFailedError extends DomainError {}
export class PreconditionRequiredError extends DomainError {}
export class ValidationError extends DomainError {}
/** The request is well-formed but breaks a rule (a phase transition, a CPR number in free text). */
export class RuleViolationError extends DomainError {}
export class PayloadTooLargeError extends DomainError {}
export class UnsupportedMediaTypeError extends DomainError {}
export class UnauthenticatedError extends DomainError {}
export class ForbiddenError extends DomainError {}
/** The deployment lacks a setting it needs to serve (sign-in not configured): 503 until an operator fixes it. */
export class NotConfiguredError extends DomainError {}
export class StoreUnavailableError extends DomainError {
  constructor(
    detail: string,
    readonly retryAfterSeconds = 5,
  ) {
    super(detail);
  }
}
