// A versioned library record (clause, template): a working copy procurement edits, published as immutable versions.
import { z } from 'zod';

import { freeText, Timestamp, UserRef } from './common';

/** Server-owned fields of a record kept as a working copy with published versions. */
export const VersionedServerFields = {
  /** Latest published version; 0 before the first publish. */
  version: z.number().int().nonnegative(),
  /** True when the working copy differs from the latest published version. */
  hasUnpublishedChanges: z.boolean(),
  publishedAt: Timestamp.optional(),
};

/** What every published version carries besides the record's content. */
export const PublishedVersionFields = {
  version: z.number().int().positive(),
  changeNote: z.string(),
  publishedAt: Timestamp,
  publishedBy: UserRef,
};

/** Publishing needs a change note: what changed and why, shown in the history. */
export const PublishBody = z.strictObject({ changeNote: freeText(1000, 1) });
export type PublishBody = z.infer<typeof PublishBody>;
