// Builds the Word task pane (taskpane.html) for serving under /addin/.
import { fileURLToPath } from 'node:url';

import { FLUENT_BUTTON_CHUNK, webAppConfig } from '../scripts/viteApp.mts';

const config = webAppConfig(fileURLToPath(new URL('.', import.meta.url)), '/addin/', 'taskpane.html');

config.build!.rolldownOptions!.output = {
  ...config.build!.rolldownOptions!.output,
  codeSplitting: { groups: [FLUENT_BUTTON_CHUNK] },
};

export default config;
