// Microsoft Graph for the rest of the API: the interface, the one implementation, and the activity-feed texts.
export { ACTIVITY_TYPES, activityFor, contractRoute, tabDeepLink } from './activity';
export { createGraph } from './graph';
export type {
  ActivityNotification,
  CreatedEvent,
  EventRequest,
  FailureKind,
  Graph,
  GraphAccess,
  TeamMember,
} from './types';
export { GraphFailure } from './types';
