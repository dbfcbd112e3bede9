// Builds the Word task pane (taskpane.html) for serving under /addin/.
import { fileURLToPath } from 'node:url';

import { webAppConfig } from '../scripts/viteApp.mts';

export default webAppConfig(fileURLToPath(new URL('.', import.meta.url)), '/addin/', 'taskpane.html');
