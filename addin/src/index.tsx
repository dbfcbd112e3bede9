// Entry of the Word task pane: asks Office once which host this is, then renders in Word or as a preview beside
// an in-page document.
import { FluentProvider, makeStaticStyles, type Theme } from '@fluentui/react-components';
import { type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './App';
import { apiBaseUrl, officeReadyTimeoutMs } from './config';
import type { ContractDocument } from './document/types';
import { loadTheme, pickTheme } from './ui/theme';
import { connectToHost, type HostInfo, loadedOffice } from './word/host';

type Opened = { contractDocument: ContractDocument; frame: (pane: ReactNode) => ReactNode };

/** The document the pane works on, and what frames the pane: nothing in Word, the in-page document outside it. */
async function openDocument(host: HostInfo): Promise<Opened> {
  if (host.kind === 'word') {
    const [{ createOfficeDocument }, { detectRequirements }] = await Promise.all([
      import('./word/officeDocument'),
      import('./word/requirements'),
    ]);
    const requirements = detectRequirements(Office.context.requirements);
    const contractDocument = createOfficeDocument(
      (batch) => Word.run(batch),
      Office.context.document.settings,
      requirements,
    );
    return { contractDocument, frame: (pane) => pane };
  }
  const [{ createPreviewDocument }, { PreviewLayout }] = await Promise.all([
    import('./preview/previewDocument'),
    import('./preview/PreviewLayout'),
  ]);
  const preview = createPreviewDocument();
  return {
    contractDocument: preview,
    frame: (pane) => <PreviewLayout previewDocument={preview}>{pane}</PreviewLayout>,
  };
}

function officeBackground(host: HostInfo): string | undefined {
  return host.kind === 'word' ? Office.context.officeTheme?.bodyBackgroundColor : undefined;
}

// The pane fills its frame: without the browser's default body margin there is no strip of another colour around it
// in the dark themes, and no scroll bar from a page 16 px taller than the frame.
const useBodyStyles = makeStaticStyles({ body: { margin: 0 } });

function Pane({ theme, children }: { theme: Theme; children: ReactNode }) {
  useBodyStyles();
  return (
    <FluentProvider theme={theme} style={{ minHeight: '100vh' }}>
      {children}
    </FluentProvider>
  );
}

const root = createRoot(document.getElementById('root')!);

void connectToHost(loadedOffice(), officeReadyTimeoutMs).then(async (host) => {
  const { contractDocument: contract, frame } = await openDocument(host);
  const theme = await loadTheme(
    pickTheme({
      search: window.location.search,
      officeBackground: officeBackground(host),
      prefersDark: window.matchMedia('(prefers-color-scheme: dark)').matches,
      forcedColors: window.matchMedia('(forced-colors: active)').matches,
    }),
  );
  root.render(
    <StrictMode>
      <Pane theme={theme}>{frame(<App host={host} contractDocument={contract} base={apiBaseUrl} />)}</Pane>
    </StrictMode>,
  );
});
