// The task pane's one-line API status, coloured by outcome.
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';

import { PENDING_API_STATUS, watchApiStatus } from '@koberollen/shared/api/apiStatus';
import type { ApiClient } from '@koberollen/shared/api/client';

const useStyles = makeStyles({
  pending: { color: tokens.colorNeutralForeground3 },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** Checks GET /api/health once and shows the outcome as a polite live region. */
export function ApiStatusLine({ api }: { api: ApiClient }) {
  const styles = useStyles();
  const [status, setStatus] = useState(PENDING_API_STATUS);
  useEffect(() => watchApiStatus(api, setStatus), [api]);
  return (
    <Caption1 role="status" className={styles[status.state]}>
      {status.text}
    </Caption1>
  );
}
