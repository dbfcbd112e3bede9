// Entry of the Word task pane: asks Office once which host this is, then renders (as a preview outside Word).
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { createApiClient } from '@koberollen/shared/api/client';

import { App } from './App';
import { apiBaseUrl, officeReadyTimeoutMs } from './config';
import { connectToHost, loadedOffice } from './word/host';

const api = createApiClient({ baseUrl: apiBaseUrl });
const root = createRoot(document.getElementById('root')!);

void connectToHost(loadedOffice(), officeReadyTimeoutMs).then((host) =>
  root.render(
    <StrictMode>
      <FluentProvider theme={webLightTheme}>
        <App host={host} api={api} />
      </FluentProvider>
    </StrictMode>,
  ),
);
