// Downloads a milestone's deadline as an .ics file that Outlook (or any calendar) adds as an all-day event.
import type { Milestone } from '@koberollen/shared/domain/contract';
import { deadlineIcs } from '@koberollen/shared/rules/deadlineIcs';
import { formatDate } from '@koberollen/shared/rules/format';

import { routeHref } from '../shell/route';

/** Downloads the deadline; the event's title names the contract when its title is given. */
export function downloadDeadline(
  milestone: Pick<Milestone, 'id' | 'contractId' | 'title' | 'dueDate'>,
  contractTitle?: string,
): void {
  const link = new URL(routeHref('kontrakter', [milestone.contractId]), window.location.href).href;
  const text = deadlineIcs({
    uid: `${milestone.id}@koberollen`,
    title: contractTitle ? `${milestone.title}: ${contractTitle}` : milestone.title,
    dueDate: milestone.dueDate,
    description: `Frist ${formatDate(milestone.dueDate)} i Køberollen.`,
    url: link,
    now: new Date(),
  });
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = `frist-${milestone.dueDate}.ics`;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
