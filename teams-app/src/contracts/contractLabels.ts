// Danish words for the register: contract statuses, milestone kinds and due windows, register orders.
import type { ContractSort } from '@koberollen/shared/api/contracts.contract';
import type { MilestoneKind } from '@koberollen/shared/domain/contract';
import type { DueWindow } from '@koberollen/shared/domain/followUp';

export const CONTRACT_STATUS_LABELS = { draft: 'Kladde', active: 'Aktiv', ended: 'Ophørt' } as const;

export const KIND_LABELS: Record<MilestoneKind, string> = {
  specialRateEnd: 'Særtakster der udløber',
  specialRateReview: 'Opfølgning på særtakster',
  renegotiation: 'Genforhandlinger',
  followUp: 'Opfølgninger',
  regulation: 'Årlige prisreguleringer',
  noticeDeadline: 'Opsigelsesfrister',
  reassessment: 'Revurderinger',
  expiry: 'Kontrakter der udløber',
};

export const WINDOW_LABELS: Record<DueWindow, string> = {
  overdue: 'Overskredet',
  days30: 'Inden for 30 dage',
  days60: '31–60 dage',
  days90: '61–90 dage',
};

export const SORT_LABELS: Record<ContractSort, string> = {
  title: 'Titel',
  endDate: 'Slutdato, først udløbende',
  provider: 'Leverandør',
  cost: 'Udgift næste 12 mdr., højeste først',
};

export const MILESTONE_STATUS_LABELS = { open: 'Åben', overdue: 'Overskredet', done: 'Udført' } as const;

/** The end windows the register filters on, in days. */
export const END_WINDOWS = [30, 60, 90, 180, 365] as const;
