// POST /api/milestones/{id}/meeting: books a follow-up meeting in the caller's Outlook calendar, once per milestone.
import { createHash } from 'node:crypto';

import { type MeetingAnswer, microsoft365Routes } from '@koberollen/shared/api/microsoft365.contract';
import type { Case } from '@koberollen/shared/domain/case';
import type { Contract, Milestone, MilestoneMeeting } from '@koberollen/shared/domain/contract';
import type { Provider } from '@koberollen/shared/domain/provider';
import type { User } from '@koberollen/shared/domain/user';
import { ConflictError, PreconditionFailedError, RuleViolationError } from '@koberollen/shared/errors';
import { formatDate } from '@koberollen/shared/rules/format';

import { contractRoute, type EventRequest, type GraphAccess } from '../graph';
import { declare } from '../http/declare';
import { created, ok } from '../http/responses';
import { milestoneIndex } from '../indexes/milestone';
import { auditOp, userRef } from '../records/audit';
import type { Services } from '../services';
import { bearerToken, domainErrorOf } from './graphErrors';
import { ownRecord, readOwn } from './resource';

export const MEETINGS_OFF =
  'Møder kan ikke bookes: denne installation af Køberollen er ikke forbundet til Microsoft 365.';
/** Outlook's name for Danish time. */
const TIME_ZONE = 'Romance Standard Time';
/** Writes of the booking tried when the milestone changes meanwhile (the event is the same each time). */
const WRITE_TRIES = 3;

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** Adds minutes to a local date-time `yyyy-mm-ddThh:mm`, answering `yyyy-mm-ddThh:mm:ss`. */
function plusMinutes(local: string, minutes: number): string {
  return new Date(Date.parse(`${local}:00Z`) + minutes * 60_000).toISOString().slice(0, 19);
}

/** Graph's idempotency key for this milestone's event: a retried booking makes no second event. */
function transactionId(tenantId: string, milestoneId: string): string {
  return createHash('sha256').update(`${tenantId}\n${milestoneId}`).digest('hex').slice(0, 32);
}

interface Refs {
  contract: Contract;
  caseRecord: Case;
  provider: Provider;
}

async function readRefs(services: Services, user: User, milestone: Milestone): Promise<Refs> {
  const contract = (await readOwn<Contract>(services, user, 'contract', milestone.contractId, 'Kontrakten')).body;
  const [caseRecord, provider] = await Promise.all([
    readOwn<Case>(services, user, 'case', milestone.caseId, 'Sagen'),
    readOwn<Provider>(services, user, 'provider', contract.providerId, 'Leverandøren'),
  ]);
  return { contract, caseRecord: caseRecord.body, provider: provider.body };
}

function eventFor(
  milestone: Milestone,
  refs: Refs,
  graph: GraphAccess,
  tenantId: string,
  request: { start: string; durationMinutes: number; attendeeEmail?: string },
): EventRequest {
  const contacts = refs.provider.contacts.filter((c) => c.email);
  const contact = request.attendeeEmail
    ? contacts.find((c) => c.email?.toLowerCase() === request.attendeeEmail?.toLowerCase())
    : contacts[0];
  if (request.attendeeEmail && !contact) {
    throw new RuleViolationError(`${request.attendeeEmail} er ikke en kontaktperson hos ${refs.provider.name}.`);
  }
  const link = `${graph.publicBaseUrl}/teams/#/${contractRoute(milestone.contractId)}`;
  const body = [
    `<p>${escapeHtml(milestone.title)} (frist ${formatDate(milestone.dueDate)})</p>`,
    `<p>Kontrakt: ${escapeHtml(refs.contract.title)}<br>Sag: ${escapeHtml(refs.caseRecord.reference)}<br>`,
    `Leverandør: ${escapeHtml(refs.provider.name)}</p>`,
    `<p><a href="${escapeHtml(link)}">Åbn kontrakten i Køberollen</a></p>`,
  ].join('');
  return {
    subject: `Opfølgning: ${refs.contract.title}`,
    body,
    start: `${request.start}:00`,
    end: plusMinutes(request.start, request.durationMinutes),
    timeZone: TIME_ZONE,
    attendees: contact?.email ? [{ name: contact.name, address: contact.email }] : [],
    transactionId: transactionId(tenantId, milestone.id),
  };
}

const ownMilestone = ownRecord<Milestone>('milestone', 'Milepælen');

export const bookMeeting = declare('meetings-book', microsoft365Routes.bookMeeting, ownMilestone, async (call) => {
  const { params, body, user, request, record, services } = call;
  let doc = record;
  const existing = (meeting: MilestoneMeeting) => ok({ milestoneId: params.id, meeting, existing: true });
  if (doc.body.meeting) return existing(doc.body.meeting);
  const { graph } = services;
  if (!graph) throw new ConflictError(MEETINGS_OFF);
  if (doc.body.kind !== 'followUp') throw new RuleViolationError('Møder bookes fra opfølgningsmilepæle.');
  if (doc.body.status === 'done') throw new RuleViolationError('Milepælen er allerede udført.');

  const event = eventFor(doc.body, await readRefs(services, user, doc.body), graph, user.tenantId, body);
  let createdEvent;
  try {
    createdEvent = await graph.api.createEvent(user.tenantId, bearerToken(request), event);
  } catch (error) {
    throw domainErrorOf(error);
  }
  const now = services.now();
  const meeting: MilestoneMeeting = {
    eventId: createdEvent.id,
    ...(createdEvent.webLink ? { webLink: createdEvent.webLink } : {}),
    start: body.start,
    bookedAt: now.toISOString(),
    bookedBy: userRef(user),
  };
  const contractStatus = (await services.store.get<Contract>(user.tenantId, 'contract', doc.body.contractId))?.body
    .status;
  for (let attempt = 1; ; attempt++) {
    const updated: Milestone = { ...doc.body, meeting };
    try {
      const [written] = await services.store.write(user.tenantId, [
        {
          op: 'replace',
          kind: 'milestone',
          id: params.id,
          body: updated,
          index: milestoneIndex(updated, contractStatus ?? 'ended'),
          ifMatch: doc.etag,
        },
        auditOp(user, now, {
          action: 'update',
          entityKind: 'milestone',
          entityId: params.id,
          summary: `Opfølgningsmøde booket ${body.start.replace('T', ' kl. ')}: ${doc.body.title}`,
        }),
      ]);
      const answer: MeetingAnswer = { milestoneId: params.id, meeting, existing: false };
      return created(answer, `/api/milestones/${params.id}/meeting`, written!.etag);
    } catch (error) {
      if (!(error instanceof PreconditionFailedError) || attempt >= WRITE_TRIES) throw error;
      doc = await readOwn<Milestone>(services, user, 'milestone', params.id, 'Milepælen');
      if (doc.body.meeting) return existing(doc.body.meeting);
    }
  }
});

export const routes = [bookMeeting];
