// Outside Word: the pane beside the in-page document it works on (stacked when the window is narrow).
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { PreviewDocument } from './previewDocument';
import { PreviewDocumentView } from './PreviewDocumentView';

const useStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateColumns: 'minmax(300px, 380px) minmax(0, 1fr)',
    alignItems: 'start',
    '@media (max-width: 720px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  pane: { borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, minWidth: 0 },
});

export function PreviewLayout({
  previewDocument,
  children,
}: {
  previewDocument: PreviewDocument;
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <div className={styles.pane}>{children}</div>
      <PreviewDocumentView previewDocument={previewDocument} />
    </div>
  );
}
