// A contract's milestones: mark one done with a note (the next follow-up is shown), reopen a mistaken done, and book
// a follow-up meeting in Outlook where Microsoft 365 is connected.
import {
  Badge,
  Button,
  Caption1,
  Field,
  Input,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';

import { microsoft365Routes } from '@koberollen/shared/api/microsoft365.contract';
import { milestoneRoutes } from '@koberollen/shared/api/milestones.contract';
import type { Milestone } from '@koberollen/shared/domain/contract';
import { isoDateOf } from '@koberollen/shared/rules/dates';
import { formatDate } from '@koberollen/shared/rules/format';

import { useCan, useSession } from '../session/sessionContext';
import { describeError, Empty } from '../shell/states';
import { MILESTONE_STATUS_LABELS } from './contractLabels';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'grid', gap: tokens.spacingVerticalM },
  item: {
    display: 'grid',
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  form: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalM },
});

const STATUS_COLORS = { open: 'informative', overdue: 'danger', done: 'success' } as const;

/** The first meeting time offered: 10:00 on the due date. */
const defaultStart = (m: Milestone) => `${m.dueDate}T10:00`;

interface MeetingActionProps {
  milestone: Milestone;
  /** `existing`: the milestone had a meeting already, which the answer names. */
  onBooked: (m: Milestone, existing: boolean) => void;
}

function MeetingAction({ milestone, onBooked }: MeetingActionProps) {
  const styles = useStyles();
  const { api } = useSession();
  const [start, setStart] = useState(defaultStart(milestone));
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string>();
  const book = async () => {
    setBusy(true);
    setMessage(undefined);
    try {
      const { data } = await api.call(microsoft365Routes.bookMeeting, {
        params: { id: milestone.id },
        body: { start },
      });
      onBooked({ ...milestone, meeting: data.meeting }, data.existing);
    } catch (error) {
      setMessage(describeError(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={styles.form}>
      <Field label="Mødestart">
        <Input type="datetime-local" value={start} onChange={(_e, d) => setStart(d.value)} />
      </Field>
      <Button onClick={() => void book()} disabled={busy || !start}>
        Book møde
      </Button>
      {message && <Text role="status">{message}</Text>}
    </div>
  );
}

function Meeting({ milestone }: { milestone: Milestone }) {
  const { meeting } = milestone;
  if (!meeting) return null;
  const text = `Møde booket ${formatDate(meeting.start.slice(0, 10))} kl. ${meeting.start.slice(11, 16)}`;
  return (
    <Text>
      {text}
      {meeting.webLink && (
        <>
          {' – '}
          <Link href={meeting.webLink} target="_blank" rel="noreferrer">
            Åbn i Outlook
          </Link>
        </>
      )}
    </Text>
  );
}

interface ItemProps {
  milestone: Milestone;
  meetings: boolean;
  onChanged: (changed: Milestone[], message: string | undefined, removedId?: string) => void;
}

function MilestoneItem({ milestone, meetings, onChanged }: ItemProps) {
  const styles = useStyles();
  const { api } = useSession();
  const mayWrite = useCan('cases');
  const [marking, setMarking] = useState(false);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const headingId = `milestone-${milestone.id}`;

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await action();
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  };
  const markDone = () =>
    run(async () => {
      const { data } = await api.call(milestoneRoutes.done, { params: { id: milestone.id }, body: { note } });
      setMarking(false);
      setNote('');
      const next = data.next ? `Næste opfølgning: ${formatDate(data.next.dueDate)}.` : '';
      onChanged(data.next ? [data.milestone, data.next] : [data.milestone], `Markeret som udført. ${next}`.trim());
    });
  const reopen = () =>
    run(async () => {
      const { data } = await api.call(milestoneRoutes.reopen, { params: { id: milestone.id } });
      const removed = data.removedNextId ? ' Den opfølgning, markeringen oprettede, er fjernet.' : '';
      onChanged([data.milestone], `Genåbnet.${removed}`, data.removedNextId);
    });

  const done = milestone.status === 'done';
  return (
    <li className={styles.item} aria-labelledby={headingId}>
      <div className={styles.row}>
        <Text weight="semibold" id={headingId}>
          {formatDate(milestone.dueDate)}: {milestone.title}
        </Text>
        <Badge appearance="tint" color={STATUS_COLORS[milestone.status]}>
          {MILESTONE_STATUS_LABELS[milestone.status]}
        </Badge>
      </div>
      {done && (
        <Caption1>
          Udført {milestone.doneAt ? formatDate(isoDateOf(milestone.doneAt)) : ''}
          {milestone.doneBy ? ` af ${milestone.doneBy.name}` : ''}
          {milestone.doneNote ? `: ${milestone.doneNote}` : ''}
        </Caption1>
      )}
      <Meeting milestone={milestone} />
      {mayWrite && !done && !marking && (
        <div className={styles.row}>
          <Button onClick={() => setMarking(true)}>Markér som udført</Button>
        </div>
      )}
      {mayWrite && done && (
        <div className={styles.row}>
          <Button onClick={() => void reopen()} disabled={busy}>
            Genåbn
          </Button>
        </div>
      )}
      {marking && (
        <form
          className={styles.form}
          onSubmit={(event) => {
            event.preventDefault();
            void markDone();
          }}
        >
          <Field label="Hvad blev gjort?" hint="Skriv ikke cpr-numre.">
            <Textarea value={note} onChange={(_e, d) => setNote(d.value)} resize="vertical" autoFocus />
          </Field>
          <Button type="submit" appearance="primary" disabled={busy}>
            Gem som udført
          </Button>
          <Button onClick={() => setMarking(false)}>Annullér</Button>
        </form>
      )}
      {mayWrite && meetings && milestone.kind === 'followUp' && !done && !milestone.meeting && (
        <MeetingAction
          milestone={milestone}
          onBooked={(m, existing) =>
            onChanged([m], existing ? 'Mødet var allerede booket. Åbn det i Outlook.' : 'Mødet er booket.')
          }
        />
      )}
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </li>
  );
}

export interface MilestoneListProps {
  milestones: Milestone[];
  /** Whether meetings can be booked (`microsoft365.meetings` of the health answer). */
  meetings: boolean;
  onChange: (milestones: Milestone[]) => void;
}

export function MilestoneList({ milestones, meetings, onChange }: MilestoneListProps) {
  const styles = useStyles();
  const [message, setMessage] = useState<string>();
  if (milestones.length === 0) return <Empty>Kontrakten har ingen frister.</Empty>;
  const changed = (updates: Milestone[], text: string | undefined, removedId?: string) => {
    const byId = new Map(milestones.filter((m) => m.id !== removedId).map((m) => [m.id, m]));
    for (const m of updates) byId.set(m.id, m);
    onChange([...byId.values()].sort((a, b) => a.dueDate.localeCompare(b.dueDate)));
    setMessage(text);
  };
  return (
    <>
      <Text role="status">{message}</Text>
      <ul className={styles.list}>
        {milestones.map((m) => (
          <MilestoneItem key={m.id} milestone={m} meetings={meetings} onChanged={changed} />
        ))}
      </ul>
    </>
  );
}
