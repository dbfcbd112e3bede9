// Microsoft 365 from the product: follow-up meetings booked in Outlook and the members of a team in Teams.
import { z } from 'zod';

import { systemString, YEAR_MESSAGE, yearInRange } from '../domain/common';
import { MilestoneMeeting } from '../domain/contract';
import { MilestoneParams } from './milestones.contract';
import { MEMBER_READERS, WRITERS } from './roles';
import { defineRoute } from './route';

/** A local Danish date-time to the minute, `2026-04-01T10:00`. */
export const LocalDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Angiv tidspunkt som åååå-mm-ddTtt:mm')
  .refine((value) => !Number.isNaN(Date.parse(`${value}:00Z`)), 'Ugyldigt tidspunkt')
  .refine(yearInRange, YEAR_MESSAGE);

export const MeetingRequest = z.strictObject({
  /** Start in Danish local time. */
  start: LocalDateTime,
  durationMinutes: z.number().int().min(15).max(480).default(60),
  /** The provider contact to invite, by e-mail; the first contact with an e-mail when absent. */
  attendeeEmail: z.email().optional(),
});
export type MeetingRequest = z.infer<typeof MeetingRequest>;

export const MeetingAnswer = z.object({
  milestoneId: z.string(),
  meeting: MilestoneMeeting,
  /** True when the meeting was booked earlier: the existing event is answered, no new one made. */
  existing: z.boolean(),
});
export type MeetingAnswer = z.infer<typeof MeetingAnswer>;

export const TeamMember = z.object({
  /** Entra object id, as the API identifies users. */
  userId: z.string(),
  name: z.string(),
  email: z.string().optional(),
});
export type TeamMember = z.infer<typeof TeamMember>;

export const TeamMembers = z.object({
  items: z.array(TeamMember),
  /** `graph`: the team's members in Microsoft 365; `seeded`: the municipality's demo users (local mode). */
  source: z.enum(['graph', 'seeded']),
});
export type TeamMembers = z.infer<typeof TeamMembers>;

export const microsoft365Routes = {
  bookMeeting: defineRoute({
    method: 'POST',
    path: '/api/milestones/{id}/meeting',
    operationId: 'bookMilestoneMeeting',
    summary:
      "Book a follow-up meeting for a milestone in the caller's Outlook calendar (case worker, negotiator); " +
      'answers the existing one if booked already, 409 when Microsoft 365 is not connected',
    access: 'user',
    roles: WRITERS.cases,
    params: MilestoneParams,
    body: MeetingRequest,
    responses: { 200: MeetingAnswer, 201: MeetingAnswer },
  }),
  listTeamMembers: defineRoute({
    method: 'GET',
    path: '/api/teams/{teamId}/members',
    operationId: 'listTeamMembers',
    summary: "Members of the caller's team in Teams, for assigning cases (seeded users in local mode)",
    access: 'user',
    roles: MEMBER_READERS,
    params: z.strictObject({ teamId: systemString(z.string().min(1).max(200), 'the team id Teams issues') }),
    responses: { 200: TeamMembers },
  }),
};
