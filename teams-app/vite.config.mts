// Builds the Teams tab (index.html) for serving under /teams/.
import { fileURLToPath } from 'node:url';

import { webAppConfig } from '../scripts/viteApp.mts';

export default webAppConfig(fileURLToPath(new URL('.', import.meta.url)), '/teams/', 'index.html');
