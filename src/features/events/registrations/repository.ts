import { and, asc, count, desc, eq, inArray, lte } from 'drizzle-orm';
import { events } from '../schema.ts';
import type { Database } from '../../../db/client.ts';
import { eventAnnouncements, registrationMails, registrations, type RegistrationRow } from './schema.ts';
import { activeStatuses, seatTakingStatuses, type RegistrationStatus } from './status.ts';

export type NewRegistrationRow = Omit<typeof registrations.$inferInsert, 'tenantId' | 'seq'>;

export async function selectRegistration(db: Database, tenantId: string, id: string): Promise<RegistrationRow | undefined> {
  const [row] = await db.select().from(registrations).where(and(eq(registrations.tenantId, tenantId), eq(registrations.id, id)));
  return row;
}

export async function selectRegistrationByReference(db: Database, tenantId: string, reference: string): Promise<RegistrationRow | undefined> {
  const [row] = await db.select().from(registrations).where(and(eq(registrations.tenantId, tenantId), eq(registrations.reference, reference)));
  return row;
}

export async function selectBySubmissionKey(db: Database, tenantId: string, eventId: string, submissionKey: string): Promise<RegistrationRow | undefined> {
  const [row] = await db
    .select()
    .from(registrations)
    .where(and(eq(registrations.tenantId, tenantId), eq(registrations.eventId, eventId), eq(registrations.submissionKey, submissionKey)));
  return row;
}

export async function selectActiveByEmail(db: Database, tenantId: string, eventId: string, email: string): Promise<RegistrationRow | undefined> {
  const [row] = await db
    .select()
    .from(registrations)
    .where(and(eq(registrations.tenantId, tenantId), eq(registrations.eventId, eventId), eq(registrations.email, email), inArray(registrations.status, [...activeStatuses])));
  return row;
}

/** The applications of an event made by any of these forms (a batch of applications, decided together). */
export async function selectBySubmissionKeys(db: Database, tenantId: string, eventId: string, submissionKeys: string[]): Promise<RegistrationRow[]> {
  if (submissionKeys.length === 0) return [];
  return db
    .select()
    .from(registrations)
    .where(and(eq(registrations.tenantId, tenantId), eq(registrations.eventId, eventId), inArray(registrations.submissionKey, submissionKeys)));
}

/** The live applications of an event from any of these mail addresses. */
export async function selectActiveByEmails(db: Database, tenantId: string, eventId: string, emails: string[]): Promise<RegistrationRow[]> {
  if (emails.length === 0) return [];
  return db
    .select()
    .from(registrations)
    .where(and(eq(registrations.tenantId, tenantId), eq(registrations.eventId, eventId), inArray(registrations.email, emails), inArray(registrations.status, [...activeStatuses])));
}

export async function countSeatsTaken(db: Database, tenantId: string, eventId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(registrations)
    .where(and(eq(registrations.tenantId, tenantId), eq(registrations.eventId, eventId), inArray(registrations.status, seatTakingStatuses)));
  return row?.n ?? 0;
}

/** How many applications of an event are in each status. */
export async function countByStatus(db: Database, tenantId: string, eventId: string): Promise<Partial<Record<RegistrationStatus, number>>> {
  const rows = await db
    .select({ status: registrations.status, n: count() })
    .from(registrations)
    .where(and(eq(registrations.tenantId, tenantId), eq(registrations.eventId, eventId)))
    .groupBy(registrations.status);
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

/** The first `limit` waiting applicants, in the order they applied. */
export async function selectWaitlistHead(db: Database, tenantId: string, eventId: string, limit: number): Promise<RegistrationRow[]> {
  return db
    .select()
    .from(registrations)
    .where(and(eq(registrations.tenantId, tenantId), eq(registrations.eventId, eventId), eq(registrations.status, 'waitlisted')))
    .orderBy(asc(registrations.seq))
    .limit(limit);
}

/** 1-based place in the waitlist of a waiting applicant. */
export async function waitlistPosition(db: Database, tenantId: string, eventId: string, seq: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(registrations)
    .where(and(eq(registrations.tenantId, tenantId), eq(registrations.eventId, eventId), eq(registrations.status, 'waitlisted'), lte(registrations.seq, seq)));
  return row?.n ?? 0;
}

export async function selectExpiredOffers(db: Database, tenantId: string, eventId: string, now: Date): Promise<RegistrationRow[]> {
  return db
    .select()
    .from(registrations)
    .where(
      and(eq(registrations.tenantId, tenantId), eq(registrations.eventId, eventId), eq(registrations.status, 'offered'), lte(registrations.offerExpiresAt, now)),
    )
    .orderBy(asc(registrations.seq));
}

export async function insertRegistration(db: Database, tenantId: string, row: NewRegistrationRow): Promise<RegistrationRow> {
  const [inserted] = await db.insert(registrations).values({ ...row, tenantId }).returning();
  return inserted!;
}

/** Inserts applications in the order given, so their `seq` follows it. */
export async function insertRegistrations(db: Database, tenantId: string, rows: NewRegistrationRow[]): Promise<RegistrationRow[]> {
  if (rows.length === 0) return [];
  const inserted = await db.insert(registrations).values(rows.map((row) => ({ ...row, tenantId }))).returning();
  return inserted.sort((a, b) => a.seq - b.seq);
}

export async function updateRegistration(db: Database, tenantId: string, id: string, changes: Partial<NewRegistrationRow>): Promise<RegistrationRow> {
  const [row] = await db
    .update(registrations)
    .set(changes)
    .where(and(eq(registrations.tenantId, tenantId), eq(registrations.id, id)))
    .returning();
  return row!;
}

export async function referenceExists(db: Database, tenantId: string, reference: string): Promise<boolean> {
  const [row] = await db.select({ id: registrations.id }).from(registrations).where(and(eq(registrations.tenantId, tenantId), eq(registrations.reference, reference)));
  return Boolean(row);
}

/** Which of these reference numbers are taken already. */
export async function selectTakenReferences(db: Database, tenantId: string, references: string[]): Promise<Set<string>> {
  if (references.length === 0) return new Set();
  const rows = await db
    .select({ reference: registrations.reference })
    .from(registrations)
    .where(and(eq(registrations.tenantId, tenantId), inArray(registrations.reference, references)));
  return new Set(rows.map((row) => row.reference));
}

/** Applications of an event in the given statuses, in application order. */
export async function selectRegistrationsOfEvent(db: Database, tenantId: string, eventId: string, statuses?: readonly RegistrationStatus[]): Promise<RegistrationRow[]> {
  const conditions = [eq(registrations.tenantId, tenantId), eq(registrations.eventId, eventId)];
  if (statuses) conditions.push(inArray(registrations.status, [...statuses]));
  return db
    .select()
    .from(registrations)
    .where(and(...conditions))
    .orderBy(asc(registrations.seq));
}

/** Records one mail to one applicant as sent (in the transaction that delivered it); a second record of the same mail is ignored. */
export async function recordMailSent(db: Database, tenantId: string, registrationId: string, mailKey: string, subject: string, now: Date): Promise<void> {
  await db.insert(registrationMails).values({ tenantId, registrationId, mailKey, subject, sentAt: now }).onConflictDoNothing();
}

/** Whether this mail to this applicant was sent before. */
export async function isMailRecorded(db: Database, tenantId: string, registrationId: string, mailKey: string): Promise<boolean> {
  const [row] = await db
    .select({ id: registrationMails.id })
    .from(registrationMails)
    .where(and(eq(registrationMails.tenantId, tenantId), eq(registrationMails.registrationId, registrationId), eq(registrationMails.mailKey, mailKey)));
  return Boolean(row);
}

export async function selectMailsOf(db: Database, tenantId: string, registrationId: string) {
  return db
    .select()
    .from(registrationMails)
    .where(and(eq(registrationMails.tenantId, tenantId), eq(registrationMails.registrationId, registrationId)))
    .orderBy(asc(registrationMails.sentAt));
}


export async function selectAnnouncement(db: Database, tenantId: string, id: string) {
  const [row] = await db.select().from(eventAnnouncements).where(and(eq(eventAnnouncements.tenantId, tenantId), eq(eventAnnouncements.id, id)));
  return row;
}

export async function insertAnnouncement(db: Database, tenantId: string, row: Omit<typeof eventAnnouncements.$inferInsert, 'tenantId'>) {
  const [inserted] = await db.insert(eventAnnouncements).values({ ...row, tenantId }).returning();
  return inserted!;
}

/** Applications of one volunteer to volunteer trainings, with the event's title and start, newest first. */
export async function selectTrainingsOfVolunteer(db: Database, tenantId: string, volunteerId: string) {
  return db
    .select({ eventId: events.id, title: events.title, startsAt: events.startsAt, status: registrations.status, checkedInAt: registrations.checkedInAt })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(and(eq(registrations.tenantId, tenantId), eq(registrations.volunteerId, volunteerId), eq(events.isVolunteerTraining, true)))
    .orderBy(desc(events.startsAt));
}

export async function selectByAccessId(db: Database, tenantId: string, eventId: string, accessId: string): Promise<RegistrationRow | undefined> {
  const [row] = await db
    .select()
    .from(registrations)
    .where(and(eq(registrations.tenantId, tenantId), eq(registrations.eventId, eventId), eq(registrations.accessId, accessId)));
  return row;
}
