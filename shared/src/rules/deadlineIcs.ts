// A deadline as an iCalendar file (RFC 5545): one all-day event that Outlook and other calendars add on opening.
import { addDays } from './dates';

export interface IcsDeadline {
  /** Stable across downloads, so adding the same deadline twice updates the one event. */
  uid: string;
  title: string;
  dueDate: string;
  description: string;
  /** Where the deadline is handled in the product. */
  url?: string;
  /** When the file is made. */
  now: Date;
}

/** Escapes text for an iCalendar value: backslash, semicolon, comma and line breaks. */
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets of UTF-8, continuation lines starting with a space. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = new TextEncoder().encode(char).length;
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDate = (isoDate: string) => isoDate.replace(/-/g, '');
const stamp = (at: Date) => `${at.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;

/**
 * The iCalendar text of a deadline: an all-day event on the due date, shown as free time, with a reminder at 9:00
 * the working day before (15 hours ahead of the day's start), CRLF line endings as the standard requires.
 */
export function deadlineIcs(deadline: IcsDeadline): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Koeberollen//Frister//DA',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${deadline.uid}`,
    `DTSTAMP:${stamp(deadline.now)}`,
    `DTSTART;VALUE=DATE:${compactDate(deadline.dueDate)}`,
    `DTEND;VALUE=DATE:${compactDate(addDays(deadline.dueDate, 1))}`,
    `SUMMARY:${escapeText(deadline.title)}`,
    `DESCRIPTION:${escapeText(deadline.url ? `${deadline.description}\n${deadline.url}` : deadline.description)}`,
    ...(deadline.url ? [`URL:${deadline.url}`] : []),
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(deadline.title)}`,
    'TRIGGER:-PT15H',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
