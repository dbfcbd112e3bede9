// "Book møde" on a follow-up milestone: offered only when meetings are connected, booked once, then opened instead.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen } from '@testing-library/react';

import type { Milestone } from '@koberollen/shared/domain/contract';
import type { Role } from '@koberollen/shared/domain/user';

import { createPreviewDocument } from '../preview/previewDocument';
import { type Workspace, WorkspaceContext } from '../workspaceContext';
import { MeetingAction } from './MeetingAction';

const FOLLOW_UP: Milestone = {
  id: 'c-1:followUp:2026-04-01',
  contractId: 'c-1',
  caseId: 'case-1',
  kind: 'followUp',
  title: 'Opfølgning på indsatsen',
  dueDate: '2026-04-01',
  status: 'open',
  assignees: [],
};

const MEETING = {
  eventId: 'ev-1',
  webLink: 'https://outlook.office.com/calendar/item/ev-1',
  start: '2026-04-02T09:30',
  bookedAt: '2026-03-01T08:00:00.000Z',
  bookedBy: { userId: 'u-cw', name: 'Mette Lund' },
};

function respond(status: number, body: unknown) {
  return Promise.resolve({
    ok: status < 300,
    status,
    headers: { get: (name: string) => (name === 'content-type' ? 'application/json' : null) },
    text: () => Promise.resolve(JSON.stringify(body)),
    json: () => Promise.resolve(body),
  });
}

function renderAction(options: {
  meetings: boolean;
  milestone?: Milestone;
  roles?: Role[];
  answer?: () => ReturnType<typeof respond>;
}) {
  const requests: { url: string; body: unknown }[] = [];
  globalThis.fetch = jest.fn((url: string, init?: RequestInit) => {
    requests.push({ url, body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined });
    return options.answer ? options.answer() : respond(404, { title: 'Findes ikke' });
  }) as unknown as typeof fetch;
  const booked: Milestone[] = [];
  const workspace = {
    base: 'https://localhost:7071',
    host: { kind: 'preview' },
    session: {
      user: { tenantId: 't', tenantName: 'Egebæk Kommune', userId: 'u-cw', name: 'Mette Lund', roles: ['caseworker'] },
      tokens: { getToken: () => Promise.resolve('a.b.c'), clear: () => undefined },
    },
    contractDocument: createPreviewDocument(),
    microsoft365: { activityFeed: options.meetings, meetings: options.meetings, teamMembers: 'seeded' },
    state: { checked: [] },
    updateState: () => Promise.resolve(),
    onUnauthorized: () => undefined,
    show: () => undefined,
    setDirty: () => undefined,
  } as unknown as Workspace;
  if (options.roles) workspace.session.user.roles = options.roles;
  const view = (milestone: Milestone) => (
    <FluentProvider theme={webLightTheme}>
      <WorkspaceContext.Provider value={workspace}>
        <MeetingAction
          milestone={milestone}
          provider={{ contacts: [{ name: 'Lone Berg', role: 'Leder', email: 'lone@solsikken.dk' }] } as never}
          onBooked={(next) => {
            booked.push(next);
            rendered.rerender(view(next));
          }}
        />
      </WorkspaceContext.Provider>
    </FluentProvider>
  );
  const rendered = render(view(options.milestone ?? FOLLOW_UP));
  return { requests, booked };
}

describe('MeetingAction', () => {
  it('offers nothing when Microsoft 365 meetings are off, for another kind of milestone, or to a reader', () => {
    renderAction({ meetings: false });
    expect(screen.queryByRole('button', { name: /Book møde/ })).toBeNull();
    renderAction({ meetings: true, milestone: { ...FOLLOW_UP, kind: 'renegotiation' } });
    expect(screen.queryByRole('button', { name: /Book møde/ })).toBeNull();
    renderAction({ meetings: true, roles: ['finance'] });
    expect(screen.queryByRole('button', { name: /Book møde/ })).toBeNull();
  });

  it('books the meeting in Danish time and then shows it booked with a link to open it', async () => {
    const { requests, booked } = renderAction({
      meetings: true,
      answer: () => respond(201, { milestoneId: FOLLOW_UP.id, meeting: MEETING, existing: false }),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Book møde: Opfølgning på indsatsen' }));
    expect(screen.getByLabelText<HTMLInputElement>(/^Dato/).value).toBe('01.04.2026');
    fireEvent.change(screen.getByLabelText(/^Dato/), { target: { value: '02.04.2026' } });
    fireEvent.change(screen.getByLabelText(/^Klokkeslæt/), { target: { value: '9.30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Book mødet' }));
    expect(await screen.findByText('Mødet er booket i din kalender 02.04.2026 kl. 09.30.')).toBeTruthy();
    expect(requests[0]!.url).toBe(`https://localhost:7071/api/milestones/${encodeURIComponent(FOLLOW_UP.id)}/meeting`);
    expect(requests[0]!.body).toEqual({
      start: '2026-04-02T09:30',
      durationMinutes: 60,
      attendeeEmail: 'lone@solsikken.dk',
    });
    expect(booked[0]!.meeting).toEqual(MEETING);
    expect(screen.getByText('Møde booket 02.04.2026')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Åbn mødet om Opfølgning på indsatsen' }).getAttribute('href')).toBe(
      MEETING.webLink,
    );
    expect(screen.queryByRole('button', { name: /Book møde/ })).toBeNull();
  });

  it('opens the form in place of its button with focus on its title, and closes back to the button', () => {
    renderAction({ meetings: true });
    fireEvent.click(screen.getByRole('button', { name: 'Book møde: Opfølgning på indsatsen' }));
    const form = screen.getByRole('form', { name: 'Book møde: Opfølgning på indsatsen' });
    expect(document.activeElement?.textContent).toBe('Book møde: Opfølgning på indsatsen');
    expect(form.contains(document.activeElement)).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Annullér' }));
    expect(screen.queryByRole('form')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Book møde: Opfølgning på indsatsen' }));
  });

  it('says so when the meeting was booked already, and offers to open it instead', async () => {
    renderAction({
      meetings: true,
      answer: () => respond(200, { milestoneId: FOLLOW_UP.id, meeting: MEETING, existing: true }),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Book møde: Opfølgning på indsatsen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Book mødet' }));
    expect(await screen.findByText(/Mødet var allerede booket til 02\.04\.2026 kl\. 09\.30/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Åbn mødet om Opfølgning på indsatsen' })).toBeTruthy();
  });

  it('shows a booked meeting with its date and no button', () => {
    renderAction({ meetings: true, milestone: { ...FOLLOW_UP, meeting: MEETING } });
    expect(screen.getByText('Møde booket 02.04.2026')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Book møde/ })).toBeNull();
  });

  it('refuses a time that is no time, and reports the API refusing the booking', async () => {
    renderAction({
      meetings: true,
      answer: () => respond(409, { title: 'Konflikt', status: 409, detail: 'Møder kan ikke bookes.' }),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Book møde: Opfølgning på indsatsen' }));
    fireEvent.change(screen.getByLabelText(/^Klokkeslæt/), { target: { value: '25' } });
    fireEvent.click(screen.getByRole('button', { name: 'Book mødet' }));
    expect(await screen.findByText('Skriv klokkeslættet som tt.mm, fx 10.00.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^Klokkeslæt/), { target: { value: '10.00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Book mødet' }));
    expect(await screen.findByText('Mødet blev ikke booket: Møder kan ikke bookes.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Book mødet' })).toBeTruthy();
  });
});
