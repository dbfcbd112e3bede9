// The Teams tab's API status as a message bar: informative while asking, green when connected, red on failure.
import { MessageBar, MessageBarBody, type MessageBarIntent } from '@fluentui/react-components';
import { useEffect, useState } from 'react';

import { type ApiStatus, PENDING_API_STATUS, watchApiStatus } from '@koberollen/shared/api/apiStatus';
import type { ApiClient } from '@koberollen/shared/api/client';

const INTENTS: Record<ApiStatus['state'], MessageBarIntent> = { pending: 'info', ok: 'success', error: 'error' };

/** Checks GET /api/health once and shows the outcome. */
export function ApiStatusBar({ api }: { api: ApiClient }) {
  const [status, setStatus] = useState(PENDING_API_STATUS);
  useEffect(() => watchApiStatus(api, setStatus), [api]);
  return (
    <MessageBar intent={INTENTS[status.state]} role="status">
      <MessageBarBody>{status.text}</MessageBarBody>
    </MessageBar>
  );
}
