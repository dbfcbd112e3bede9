// A notification's delivery to the Teams activity feed, in Danish: its state, attempts and the last error.
import type { Delivery, DeliveryState } from '@koberollen/shared/domain/delivery';
import { isoDateOf } from '@koberollen/shared/rules/dates';
import { formatDate } from '@koberollen/shared/rules/format';

const STATE_LABELS: Record<DeliveryState, string> = {
  pending: 'Venter på at blive sendt til Teams',
  sending: 'Sendes til Teams',
  sent: 'Sendt til Teams',
  failed: 'Kunne ikke sendes til Teams',
};

/** "Sendt til Teams 02.12.2026", "Kunne ikke sendes til Teams efter 5 forsøg: …"; absent delivery reads as pending. */
export function deliveryText(delivery: Delivery | undefined): string {
  if (!delivery) return STATE_LABELS.pending;
  const label = STATE_LABELS[delivery.state];
  if (delivery.state === 'sent') return delivery.sentAt ? `${label} ${formatDate(isoDateOf(delivery.sentAt))}` : label;
  const tries = delivery.attempts > 0 ? ` efter ${delivery.attempts} forsøg` : '';
  const error = delivery.lastError ? `: ${delivery.lastError}` : '';
  return `${label}${tries}${error}`;
}
