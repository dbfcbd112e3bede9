// A contract's milestones in jsdom: "Book møde" only where meetings are on and for open follow-ups, a booked meeting's
// date and Outlook link, a second booking pointing to the existing event, and done showing the next follow-up.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';

import type { Milestone } from '@koberollen/shared/domain/contract';

import { SessionProvider, type SessionValue } from '../session/sessionContext';
import { MilestoneList } from './MilestoneList';

const USER = { userId: 'neg-1', name: 'Niels Forhandler' };
const meeting = {
  eventId: 'AAMk-1',
  webLink: 'https://outlook.example/event/1',
  start: '2026-04-01T10:00',
  bookedAt: '2026-03-15T09:00:00Z',
  bookedBy: USER,
};

function milestone(kind: Milestone['kind'], dueDate: string, extra: Partial<Milestone> = {}): Milestone {
  const base = { contractId: 'k-1', caseId: 'c-1', title: kind === 'followUp' ? 'Opfølgning' : 'Genforhandling' };
  return { id: `k-1-${kind}-${dueDate}`, kind, dueDate, status: 'open', assignees: [USER], ...base, ...extra };
}

function Harness({ initial, meetings }: { initial: Milestone[]; meetings: boolean }) {
  const [milestones, setMilestones] = useState(initial);
  return <MilestoneList milestones={milestones} meetings={meetings} onChange={setMilestones} />;
}

function renderList(initial: Milestone[], meetings: boolean, call: jest.Mock, roles = ['negotiator']) {
  const session = { api: { call }, user: { ...USER, roles }, colleagues: [] } as unknown as SessionValue;
  return render(
    <FluentProvider theme={webLightTheme}>
      <SessionProvider value={session}>
        <Harness initial={initial} meetings={meetings} />
      </SessionProvider>
    </FluentProvider>,
  );
}

const followUp = milestone('followUp', '2026-04-01');
const renegotiation = milestone('renegotiation', '2026-04-01');

it('offers "Book møde" only on open follow-ups while meetings are connected', () => {
  const { unmount } = renderList([followUp, renegotiation], false, jest.fn());
  expect(screen.queryByRole('button', { name: 'Book møde' })).toBeNull();
  unmount();
  renderList([followUp, renegotiation], true, jest.fn());
  expect(screen.getAllByRole('button', { name: 'Book møde' })).toHaveLength(1);
});

it('shows a booked meeting with its date and Outlook link, and says so when booking finds one already', async () => {
  const call = jest.fn().mockResolvedValue({ data: { milestoneId: followUp.id, meeting, existing: true } });
  renderList([followUp], true, call);
  fireEvent.click(screen.getByRole('button', { name: 'Book møde' }));
  expect(await screen.findByText('Mødet var allerede booket. Åbn det i Outlook.')).toBeTruthy();
  expect(screen.getByText(/Møde booket 01\.04\.2026 kl\. 10:00/)).toBeTruthy();
  expect(screen.getByRole('link', { name: 'Åbn i Outlook' }).getAttribute('href')).toBe(meeting.webLink);
  expect(screen.queryByRole('button', { name: 'Book møde' })).toBeNull();
});

it('marks a follow-up done with a note and shows the next one; only writers get the actions', async () => {
  const next = milestone('followUp', '2026-07-01');
  const done = { ...followUp, status: 'done', doneAt: '2026-04-02T08:00:00Z', doneBy: USER, doneNote: 'Holdt' };
  const call = jest.fn().mockResolvedValue({ data: { milestone: done, next, nextCreated: true } });
  const { unmount } = renderList([followUp], false, call);
  fireEvent.click(screen.getByRole('button', { name: 'Markér som udført' }));
  fireEvent.change(screen.getByLabelText('Hvad blev gjort?'), { target: { value: 'Holdt' } });
  fireEvent.click(screen.getByRole('button', { name: 'Gem som udført' }));
  expect(await screen.findByText('Markeret som udført. Næste opfølgning: 01.07.2026.')).toBeTruthy();
  expect(call.mock.calls[0]![1]).toEqual({ params: { id: followUp.id }, body: { note: 'Holdt' } });
  expect(screen.getByText('Udført 02.04.2026 af Niels Forhandler: Holdt')).toBeTruthy();
  expect(screen.getByRole('listitem', { name: '01.07.2026: Opfølgning' })).toBeTruthy();
  unmount();
  renderList([followUp], true, jest.fn(), ['finance']);
  expect(screen.queryByRole('button')).toBeNull();
});
