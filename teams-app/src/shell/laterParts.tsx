// Fluent's MessageBar and MessageBarBody by their own names and props, fetched after the view's first data: a summary
// shown beside a view's records waits for them instead of holding them up.
import { deferred } from './deferred';

export const MessageBar = deferred(() => import('./fluentLater').then((m) => m.MessageBar));
export const MessageBarBody = deferred(() => import('./fluentLater').then((m) => m.MessageBarBody));
