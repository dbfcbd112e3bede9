// What the product asks of Microsoft Graph, as an interface: the rest of the API never sees Graph's client or URLs.

/** A Teams activity-feed notification for one user (app-only, `TeamsActivity.Send`). */
export interface ActivityNotification {
  /** An activity type declared in the Teams app manifest (`activities.activityTypes`). */
  activityType: string;
  /** The topic line Teams shows, and the deep link it opens. */
  topic: { value: string; webUrl: string };
  previewText: string;
  /** Values for the activity type's `templateText` placeholders. */
  templateParameters: Record<string, string>;
}

/** An Outlook calendar event to create in the signed-in user's calendar. */
export interface EventRequest {
  subject: string;
  /** HTML. */
  body: string;
  /** Local date-time without offset, `2026-04-01T10:00:00`, in `timeZone`. */
  start: string;
  end: string;
  timeZone: string;
  attendees: { name: string; address: string }[];
  /** Graph's idempotency key for event creation: a retried create with the same id makes no second event. */
  transactionId: string;
}

export interface CreatedEvent {
  id: string;
  webLink?: string;
}

/** A member of a team, identified by the Entra object id as the API identifies users. */
export interface TeamMember {
  userId: string;
  name: string;
  email?: string;
}

/**
 * Microsoft Graph for one deployment. Delegated calls take the caller's own access token (`assertion`), exchanged
 * on behalf of the user; app-only calls use the app's own credentials in the municipality's tenant. Every method
 * throws `GraphFailure` and nothing else.
 */
export interface Graph {
  sendActivityNotification(tenantId: string, userId: string, notification: ActivityNotification): Promise<void>;
  createEvent(tenantId: string, assertion: string, event: EventRequest): Promise<CreatedEvent>;
  listTeamMembers(tenantId: string, assertion: string, teamId: string): Promise<TeamMember[]>;
}

/**
 * How a failed call left things: `notSent` (Graph cannot have acted: no token, no connection, throttled),
 * `rejected` (Graph refused it, e.g. 403/404: trying again will not help) or `uncertain` (a timeout or server error:
 * Graph may have acted).
 */
export type FailureKind = 'notSent' | 'rejected' | 'uncertain';

export class GraphFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    /** A Danish sentence for users and the outbox's `lastError`. */
    readonly detail: string,
    readonly status?: number,
    /** From Graph's Retry-After, when it sent one. */
    readonly retryAfterSeconds?: number,
  ) {
    super(detail);
    this.name = 'GraphFailure';
  }
}

/** Graph as the API's services hold it: the client and what links back into the product need. */
export interface GraphAccess {
  api: Graph;
  /** The Teams app's id, for deep links. */
  teamsAppId: string;
  /** Where the pages are served, without a trailing slash. */
  publicBaseUrl: string;
}
