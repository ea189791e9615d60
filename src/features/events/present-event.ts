import { z } from 'zod';
import type { EventWithSessions } from './management/service.ts';
import type { EventRow, EventSessionRow } from './schema.ts';

const speakerOutput = z.object({ name: z.string(), affiliation: z.string(), role: z.string() });

export const eventSessionOutput = z
  .object({
    delivery: z.enum(['in_person', 'live', 'on_demand']),
    startsAt: z.string().nullable(),
    endsAt: z.string().nullable(),
    durationMinutes: z.number().int().nullable(),
    title: z.string(),
    description: z.string(),
    speakers: z.array(speakerOutput),
  })
  .meta({ id: 'EventSession' });

// Meeting links, video links and access details reach confirmed participants
// through their personal link only; none of them is ever in this output.
export const eventOutput = z
  .object({
    id: z.uuid(),
    title: z.string(),
    titleReading: z.string(),
    kind: z.string(),
    isVolunteerTraining: z.boolean(),
    organiser: z.string(),
    description: z.string(),
    targetAudience: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    inPerson: z.boolean(),
    venue: z.object({ name: z.string(), address: z.string(), access: z.string() }),
    liveOnline: z.boolean(),
    liveNotes: z.string(),
    onDemand: z.boolean(),
    onDemandFrom: z.string().nullable(),
    onDemandUntil: z.string().nullable(),
    capacity: z.number().int().nullable(),
    feeYen: z.number().int(),
    participantTypes: z.array(z.object({ id: z.string(), label: z.string(), feeYen: z.number().int() })),
    applicationOpensAt: z.string(),
    applicationClosesAt: z.string(),
    paymentDueAt: z.string().nullable(),
    cancellationPolicy: z.string(),
    contact: z.object({ name: z.string(), phone: z.string(), fax: z.string(), email: z.string() }),
    status: z.string(),
    statusNotice: z.string(),
    url: z.string(),
    calendarUrl: z.string(),
  })
  .meta({ id: 'Event' });
export type EventOutput = z.infer<typeof eventOutput>;

export const eventDetailOutput = eventOutput
  .extend({
    questions: z.array(z.object({ id: z.string(), label: z.string(), kind: z.string(), options: z.array(z.string()), required: z.boolean() })),
    sessions: z.array(eventSessionOutput),
  })
  .meta({ id: 'EventDetail' });
export type EventDetailOutput = z.infer<typeof eventDetailOutput>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** An event as the public API shows it (no meeting or video links). */
export function presentEvent(e: EventRow, baseUrl: string): EventOutput {
  return {
    id: e.id,
    title: e.title,
    titleReading: e.titleReading,
    kind: e.kind,
    isVolunteerTraining: e.isVolunteerTraining,
    organiser: e.organiser,
    description: e.description,
    targetAudience: e.targetAudience,
    startsAt: e.startsAt.toISOString(),
    endsAt: e.endsAt.toISOString(),
    inPerson: e.inPerson,
    venue: { name: e.venueName, address: e.venueAddress, access: e.venueAccess },
    liveOnline: e.liveOnline,
    liveNotes: e.liveNotes,
    onDemand: e.onDemand,
    onDemandFrom: iso(e.onDemandFrom),
    onDemandUntil: iso(e.onDemandUntil),
    capacity: e.capacity,
    feeYen: e.feeYen,
    participantTypes: e.participantTypes,
    applicationOpensAt: e.applicationOpensAt.toISOString(),
    applicationClosesAt: e.applicationClosesAt.toISOString(),
    paymentDueAt: iso(e.paymentDueAt),
    cancellationPolicy: e.cancellationPolicy,
    contact: { name: e.contactName, phone: e.contactPhone, fax: e.contactFax, email: e.contactEmail },
    status: e.status,
    statusNotice: e.statusNotice,
    url: `${baseUrl}/events/${e.id}`,
    calendarUrl: `${baseUrl}/events/${e.id}/event.ics`,
  };
}

function presentSession(s: EventSessionRow) {
  return { delivery: s.delivery, startsAt: iso(s.startsAt), endsAt: iso(s.endsAt), durationMinutes: s.durationMinutes, title: s.title, description: s.description, speakers: s.speakers };
}

/** An event with its programme and application questions. */
export function presentEventDetail({ event, sessions }: EventWithSessions, baseUrl: string): EventDetailOutput {
  return { ...presentEvent(event, baseUrl), questions: event.questions, sessions: sessions.map(presentSession) };
}
