import { and, asc, count, eq, ilike, inArray, isNotNull, or, type SQL } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { registrations, type RegistrationRow } from '../registrations/schema.ts';
import { activeStatuses } from '../registrations/status.ts';
import type { ParticipantFilters } from './validation.ts';

function filterConditions(tenantId: string, eventId: string, filters: ParticipantFilters): SQL[] {
  const conditions = [eq(registrations.tenantId, tenantId), eq(registrations.eventId, eventId)];
  if (filters.status === 'active') conditions.push(inArray(registrations.status, [...activeStatuses]));
  else if (filters.status) conditions.push(eq(registrations.status, filters.status));
  if (filters.payment) conditions.push(eq(registrations.paymentStatus, filters.payment));
  const q = filters.q.normalize('NFKC').trim();
  if (q) {
    // LIKE wildcards typed by people are matched literally.
    const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(
      or(
        ilike(registrations.name, pattern),
        ilike(registrations.nameReading, pattern),
        ilike(registrations.reference, pattern),
        ilike(registrations.email, pattern),
        ilike(registrations.organisation, pattern),
      )!,
    );
  }
  return conditions;
}

/** Applications of one event matching the filters, in application order. */
export async function selectParticipants(db: Database, tenantId: string, eventId: string, filters: ParticipantFilters): Promise<RegistrationRow[]> {
  return db
    .select()
    .from(registrations)
    .where(and(...filterConditions(tenantId, eventId, filters)))
    .orderBy(asc(registrations.seq));
}

/** Applications of one event by their reference numbers. */
export async function selectByReferences(db: Database, tenantId: string, eventId: string, references: string[]): Promise<RegistrationRow[]> {
  if (references.length === 0) return [];
  return db
    .select()
    .from(registrations)
    .where(and(eq(registrations.tenantId, tenantId), eq(registrations.eventId, eventId), inArray(registrations.reference, references)));
}

/** How many confirmed participants attended (were checked in). */
export async function countAttended(db: Database, tenantId: string, eventId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(registrations)
    .where(and(eq(registrations.tenantId, tenantId), eq(registrations.eventId, eventId), isNotNull(registrations.checkedInAt)));
  return row?.n ?? 0;
}
