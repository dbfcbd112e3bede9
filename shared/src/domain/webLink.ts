// The schema of a link a person stores: an https: (or http:) address, refused in Danish otherwise.
import { z } from 'zod';

import { isWebLink } from '../rules/webLink';

export const WEB_LINK_REFUSAL = 'Linket skal være en webadresse, der begynder med https:// (eller http://).';

export const WebLink = z.string().max(2000).refine(isWebLink, { message: WEB_LINK_REFUSAL });
