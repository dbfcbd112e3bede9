// When a municipality's derived figures (costs, regulation, spend, follow-up) were last brought up to date, and
// whether a settings change waits for them to be derived anew.
import { z } from 'zod';

import { Timestamp } from './common';

export const FiguresStatus = z.strictObject({
  /** When the figures were last derived to the end (absent before the first run). */
  updatedAt: Timestamp.optional(),
  /** When a settings change asked for them to be derived anew, while that is still to run. */
  pendingSince: Timestamp.optional(),
});
export type FiguresStatus = z.infer<typeof FiguresStatus>;
