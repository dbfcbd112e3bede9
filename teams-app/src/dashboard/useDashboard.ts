// The overview for the period the route names, or the server's default.
import { firstScreenHeads as heads } from '@koberollen/shared/api/heads';
import { useLoad } from '@koberollen/shared/ui/useLoad';

import { useSession } from '../session/sessionContext';
import { periodParams } from './period';

export function useDashboard(params: URLSearchParams) {
  const { api } = useSession();
  const { from, to } = periodParams(params);
  return useLoad(
    async () => (await api.callUnparsed(heads.getDashboardOverview, { query: { from, to } })).data,
    `${from}~${to}`,
  );
}
