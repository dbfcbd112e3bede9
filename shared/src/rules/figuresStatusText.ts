// The Danish line on how current the derived figures are: being updated after a settings change, or when last updated.
import type { FiguresStatus } from '../domain/figuresStatus';

/** Day and time in Denmark, as `dd.mm.yyyy kl. hh.mm`. Built once: constructing a formatter costs more than using it. */
const DANISH_MOMENT = new Intl.DateTimeFormat('da-DK', {
  timeZone: 'Europe/Copenhagen',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An ISO instant as `dd.mm.yyyy kl. hh.mm` in Danish time. */
export function formatMoment(instant: string): string {
  const parts = Object.fromEntries(DANISH_MOMENT.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return `${parts.day}.${parts.month}.${parts.year} kl. ${parts.hour}.${parts.minute}`;
}

/** What the user is told of the figures' status; undefined before they were ever derived and with nothing waiting. */
export function figuresStatusText(status: FiguresStatus): string | undefined {
  const last = status.updatedAt ? ` Senest opdateret ${formatMoment(status.updatedAt)}.` : '';
  if (status.pendingSince) {
    return (
      `Tallene bliver opdateret efter ændringen af indstillingerne ${formatMoment(status.pendingSince)}; ` +
      `det tager normalt nogle minutter.${last}`
    );
  }
  return last ? last.trim() : undefined;
}
