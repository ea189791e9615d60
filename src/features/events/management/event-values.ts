import { randomUUID } from 'node:crypto';
import type { EventRow, EventSessionRow } from '../schema.ts';
import type { NewEventRow, NewEventSessionRow } from './repository.ts';
import type { CreateEventInput } from './validation.ts';

/** The event columns an input sets (status and notice are changed only by their own actions). */
export function eventRowValues(input: CreateEventInput, now: Date): Omit<NewEventRow, 'status' | 'statusNotice' | 'createdAt'> {
  const { sessions: _sessions, questions, participantTypes, ...fields } = input;
  return {
    ...fields,
    // Registrations keep the ids of questions and participant types, so an edit keeps them too.
    questions: questions.map((q) => ({ ...q, id: q.id || randomUUID(), options: q.kind === 'choice' ? q.options : [] })),
    participantTypes: participantTypes.map((p) => ({ ...p, id: p.id || randomUUID() })),
    updatedAt: now,
  };
}

export function sessionRowValues(input: CreateEventInput): NewEventSessionRow[] {
  return input.sessions.map((s) => ({
    delivery: s.delivery,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    durationMinutes: s.durationMinutes,
    title: s.title,
    description: s.description,
    speakers: s.speakers,
  }));
}

/** A copy's row: everything but the id, status, notice and dates of record. */
export function copiedEventValues(event: EventRow, title: string, now: Date): NewEventRow {
  const { id: _id, tenantId: _tenant, createdAt: _created, updatedAt: _updated, status: _status, statusNotice: _notice, ...fields } = event;
  return { ...fields, title, status: 'draft', statusNotice: '', createdAt: now, updatedAt: now };
}

export function copiedSessionValues(sessions: EventSessionRow[]): NewEventSessionRow[] {
  return sessions.map(({ id: _id, tenantId: _tenant, eventId: _event, ...fields }) => fields);
}

/** True when people can take part somewhere: a named venue, or a live or on-demand delivery. */
export function hasPlaceToAttend(event: Pick<EventRow, 'inPerson' | 'venueName' | 'liveOnline' | 'onDemand'>): boolean {
  return (event.inPerson && event.venueName.trim() !== '') || event.liveOnline || event.onDemand;
}
