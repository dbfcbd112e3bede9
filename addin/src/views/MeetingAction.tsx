// "Book møde" on a follow-up milestone: an Outlook event in the user's calendar with the provider's contact, once.
// Offered only where the installation is connected to Microsoft 365; a booked meeting shows its date and opens it.
import {
  Body1,
  Button,
  Field,
  Input,
  Link,
  makeStyles,
  Select,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { useEffect, useId, useRef, useState } from 'react';

import { microsoft365Routes } from '@koberollen/shared/api/microsoft365.contract';
import type { Milestone } from '@koberollen/shared/domain/contract';
import type { Provider } from '@koberollen/shared/domain/provider';
import { formatDate } from '@koberollen/shared/rules/format';
import { DATE_MESSAGE, DateField } from '@koberollen/shared/ui/DateField';

import { errorText } from '../api/paneClient';
import { canWriteCases } from '../session/session';
import { useWorkspace } from '../workspaceContext';
import { ErrorLine, usePaneApi } from './common';
import { formatMeetingStart, meetingStart } from './meetingTime';

const useStyles = makeStyles({
  // Framed, so the form reads as belonging to its milestone and not as more of the contract's fields above it.
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}`,
    marginBlockEnd: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  title: { ...typographyStyles.body1Strong, margin: 0 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  status: { margin: 0 },
});

const DURATIONS = [30, 60, 90, 120];

function Booked({ meeting, title }: { meeting: NonNullable<Milestone['meeting']>; title: string }) {
  const styles = useStyles();
  return (
    <div className={styles.actions}>
      <Body1>Møde booket {formatDate(meeting.start.slice(0, 10))}</Body1>
      {meeting.webLink && (
        <Link href={meeting.webLink} target="_blank" rel="noopener noreferrer" aria-label={`Åbn mødet om ${title}`}>
          Åbn mødet i Outlook
        </Link>
      )}
    </div>
  );
}

export function MeetingAction({
  milestone,
  provider,
  onBooked,
}: {
  milestone: Milestone;
  provider?: Provider;
  onBooked: (milestone: Milestone) => void;
}) {
  const styles = useStyles();
  const api = usePaneApi();
  const { microsoft365, session } = useWorkspace();
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState(formatDate(milestone.dueDate));
  const [time, setTime] = useState('10.00');
  const [duration, setDuration] = useState(60);
  const contacts = (provider?.contacts ?? []).filter((contact) => contact.email);
  const [attendee, setAttendee] = useState(contacts[0]?.email ?? '');
  const [invalid, setInvalid] = useState<{ date?: string; time?: string }>({});
  const [status, setStatus] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const titleRef = useRef<HTMLParagraphElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  // The form opens in place of its button, and closes back to it: focus goes with it, never to the page's start.
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    (open ? titleRef : openerRef).current?.focus();
  }, [open]);
  const toggle = (next: boolean) => {
    moved.current = true;
    setOpen(next);
  };
  // After the booking the form gives way to the booked meeting: focus its status line once it is there.
  useEffect(() => {
    if (status) statusRef.current?.focus();
  }, [status]);

  if (milestone.kind !== 'followUp') return null;
  const said = (
    <p ref={statusRef} tabIndex={-1} role="status" className={styles.status}>
      {status}
    </p>
  );
  if (milestone.meeting) {
    return (
      <>
        <Booked meeting={milestone.meeting} title={milestone.title} />
        {said}
      </>
    );
  }
  if (!microsoft365?.meetings || milestone.status === 'done' || !canWriteCases(session.user)) return null;

  const book = async () => {
    setError(undefined);
    const start = meetingStart(date, time);
    setInvalid({
      date: meetingStart(date, '00.00') ? undefined : DATE_MESSAGE,
      time: meetingStart('01.01.2026', time) ? undefined : 'Skriv klokkeslættet som tt.mm, fx 10.00.',
    });
    if (!start) return;
    setBusy(true);
    try {
      const body = { start, durationMinutes: duration, ...(attendee ? { attendeeEmail: attendee } : {}) };
      const { data } = await api.call(microsoft365Routes.bookMeeting, { params: { id: milestone.id }, body });
      setStatus(
        data.existing
          ? `Mødet var allerede booket til ${formatMeetingStart(data.meeting.start)}; der er ikke booket et nyt. Åbn det eksisterende møde i stedet.`
          : `Mødet er booket i din kalender ${formatMeetingStart(data.meeting.start)}.`,
      );
      onBooked({ ...milestone, meeting: data.meeting });
    } catch (caught) {
      setError(`Mødet blev ikke booket: ${errorText(caught)}`);
    } finally {
      setBusy(false);
    }
  };

  if (!open) {
    return (
      <div className={styles.actions}>
        <Button ref={openerRef} size="small" onClick={() => toggle(true)} aria-label={`Book møde: ${milestone.title}`}>
          Book møde
        </Button>
      </div>
    );
  }
  return (
    <form
      className={styles.form}
      aria-labelledby={titleId}
      onSubmit={(event) => {
        event.preventDefault();
        void book();
      }}
    >
      <p id={titleId} ref={titleRef} tabIndex={-1} className={styles.title}>
        Book møde: {milestone.title}
      </p>
      <DateField label="Dato" required value={date} onChange={setDate} validationMessage={invalid.date} />
      <Field label="Klokkeslæt" required hint="tt.mm" validationMessage={invalid.time}>
        <Input value={time} inputMode="decimal" onChange={(_, data) => setTime(data.value)} />
      </Field>
      <Field label="Varighed">
        <Select value={String(duration)} onChange={(_, data) => setDuration(Number(data.value))}>
          {DURATIONS.map((minutes) => (
            <option key={minutes} value={minutes}>
              {minutes} minutter
            </option>
          ))}
        </Select>
      </Field>
      {contacts.length > 0 && (
        <Field label="Deltager fra leverandøren">
          <Select value={attendee} onChange={(_, data) => setAttendee(data.value)}>
            {contacts.map((contact) => (
              <option key={contact.email} value={contact.email}>
                {contact.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {error && <ErrorLine>{error}</ErrorLine>}
      <div className={styles.actions}>
        <Button type="submit" size="small" appearance="primary" disabled={busy}>
          {busy ? 'Booker …' : 'Book mødet'}
        </Button>
        <Button size="small" onClick={() => toggle(false)}>
          Annullér
        </Button>
      </div>
      {said}
    </form>
  );
}
