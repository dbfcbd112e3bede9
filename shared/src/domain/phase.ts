// The five phases of buying a service for a citizen (Deloitte's case process), plus closed.
import { z } from 'zod';

import { PHASE_LABELS, PHASES } from './phaseLabels';

export { PHASE_LABELS };

export const Phase = z.enum(PHASES);
export type Phase = z.infer<typeof Phase>;
