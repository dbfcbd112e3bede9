// A follow-up meeting's start as the pane takes and shows it: Danish date and time, the API's local `yyyy-mm-ddThh:mm`.
import { formatDate, parseDanishDate } from '@koberollen/shared/rules/format';

const TIME = /^(\d{1,2})[.:](\d{2})$/;

/** "01.04.2026" and "10.00" (or "10:00") as `2026-04-01T10:00`; undefined when either is no date or time. */
export function meetingStart(dateText: string, timeText: string): string | undefined {
  const date = parseDanishDate(dateText);
  const time = TIME.exec(timeText.trim());
  if (!date || !time) return undefined;
  const [hours, minutes] = [Number(time[1]), Number(time[2])];
  if (hours > 23 || minutes > 59) return undefined;
  return `${date}T${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** `2026-04-01T10:00` as "01.04.2026 kl. 10.00". */
export function formatMeetingStart(start: string): string {
  return `${formatDate(start.slice(0, 10))} kl. ${start.slice(11, 16).replace(':', '.')}`;
}
