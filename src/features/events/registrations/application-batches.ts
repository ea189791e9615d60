import crypto from 'node:crypto';
import type { Database } from '../../../db/client.ts';
import { recordAuditEach } from '../../../platform/audit/audit.ts';
import { japanToday, type ServiceContext } from '../../../platform/context/service-context.ts';
import { AppError, Conflict, Invalid, NotFound } from '../../../platform/errors/app-error.ts';
import { enqueueJobs } from '../../../platform/jobs/jobs.ts';
import * as eventRepository from '../repository.ts';
import type { EventRow } from '../schema.ts';
import { applicationWindowState } from '../service.ts';
import { createRegistrationToken } from './personal-link.ts';
import * as repository from './repository.ts';
import type { RegistrationRow } from './schema.ts';
import { applicantMail, confirmationChanges, paymentReminder, settleSeats, type QueuedJob } from './seats.ts';
import type { ApplicationInput } from './validation.ts';

// Applications to one event that arrive while its seats are being decided
// wait and are then decided together: one transaction under the event's row
// lock (decision 009) takes the whole batch in arrival order, with a few
// statements for all of it instead of a dozen round trips per applicant. A
// burst of 2,000 applicants then holds the lock a few dozen times, not 2,000
// times, and seats still go strictly in order: the lock is held, seats are
// counted once, and `seq` is drawn in the order the batch is written.
// A lone applicant is a batch of one and waits for nobody. Batches are per
// process; several processes take the lock in turn.

export type ApplyOutcome =
  | { kind: 'created' | 'repeated'; registration: RegistrationRow; token: string }
  | { kind: 'duplicate' };

type Application = {
  ctx: ServiceContext;
  secret: string;
  input: ApplicationInput;
  resolve: (outcome: ApplyOutcome) => void;
  reject: (error: unknown) => void;
};

type Queue = { waiting: Application[]; draining: boolean };

// The batch's statements stay far below PostgreSQL's 65,535 parameters (about 20 a row).
const largestBatch = 200;

// One queue per database handle and event: a batch shares one transaction.
const queues = new WeakMap<Database, Map<string, Queue>>();

/** Applies to an event: confirmed while seats remain, else waitlisted in order (see service.applyToEvent). */
export function applyInBatch(ctx: ServiceContext, secret: string, eventId: string, input: ApplicationInput): Promise<ApplyOutcome> {
  let ofDatabase = queues.get(ctx.db);
  if (!ofDatabase) queues.set(ctx.db, (ofDatabase = new Map()));
  const key = `${ctx.tenantId}:${eventId}`;
  let queue = ofDatabase.get(key);
  if (!queue) ofDatabase.set(key, (queue = { waiting: [], draining: false }));
  const settled = new Promise<ApplyOutcome>((resolve, reject) => queue.waiting.push({ ctx, secret, input, resolve, reject }));
  if (!queue.draining) void drain(ofDatabase, key, queue, eventId);
  return settled;
}

async function drain(ofDatabase: Map<string, Queue>, key: string, queue: Queue, eventId: string): Promise<void> {
  queue.draining = true;
  try {
    while (queue.waiting.length > 0) await decide(queue.waiting.splice(0, largestBatch), eventId);
  } finally {
    queue.draining = false;
    if (queue.waiting.length === 0) ofDatabase.delete(key);
  }
}

/** Decides a batch; if it fails as a whole, each application is tried alone, so one cannot fail the others. */
async function decide(batch: Application[], eventId: string): Promise<void> {
  try {
    const outcomes = await inTransaction(batch, eventId);
    batch.forEach((application, i) => {
      const outcome = outcomes[i]!;
      if (outcome instanceof Error) application.reject(outcome);
      else application.resolve(outcome);
    });
  } catch (error) {
    if (batch.length === 1) return batch[0]!.reject(error);
    for (const application of batch) await decide([application], eventId);
  }
}

async function inTransaction(batch: Application[], eventId: string): Promise<(ApplyOutcome | AppError)[]> {
  const { db } = batch[0]!.ctx;
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.transaction(async (tx) => decideLocked(tx, batch, eventId));
    } catch (error) {
      // Two applications that raced past the checks on different events can
      // only meet on a reference number; new ones are drawn on retry.
      if (attempt < 3 && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}

type Decision =
  | { kind: 'failed'; error: AppError }
  | { kind: 'repeated'; registration: RegistrationRow }
  | { kind: 'repeated-in-batch'; of: number }
  | { kind: 'duplicate'; of: RegistrationRow }
  | { kind: 'duplicate-in-batch'; of: number }
  | { kind: 'new'; row: repository.NewRegistrationRow & { id: string }; confirmed: boolean; now: Date };

async function decideLocked(tx: Database, batch: Application[], eventId: string): Promise<(ApplyOutcome | AppError)[]> {
  // The latest clock of the batch settles offers: whatever is overdue for any of them is overdue.
  const ctx = batch.at(-1)!.ctx;
  const { tenantId } = ctx;
  const event = await eventRepository.selectEventForUpdate(tx, tenantId, eventId);
  if (!event || event.status === 'draft') return batch.map(() => new NotFound('event_not_found', 'events.notFound'));
  await settleSeats(ctx, tx, event);

  const keys = [...new Set(batch.map((a) => a.input.submissionKey))];
  const repeated = new Map((await repository.selectBySubmissionKeys(tx, tenantId, event.id, keys)).map((r) => [r.submissionKey, r]));
  const active = new Map((await repository.selectActiveByEmails(tx, tenantId, event.id, [...new Set(batch.map((a) => a.input.email))])).map((r) => [r.email, r]));
  let taken = event.capacity === null ? 0 : await repository.countSeatsTaken(tx, tenantId, event.id);

  // In arrival order, as one applicant after another would have been decided.
  const byKey = new Map<string, number>();
  const byEmail = new Map<string, number>();
  const decisions: Decision[] = batch.map(({ ctx: own, input }, i) => {
    const window = applicationWindowState(event, own.now);
    if (window !== 'open') return { kind: 'failed', error: new Conflict(`application_${window}`, `events.apply.${window}`) };
    const earlier = repeated.get(input.submissionKey);
    if (earlier) return { kind: 'repeated', registration: earlier };
    if (byKey.has(input.submissionKey)) return { kind: 'repeated-in-batch', of: byKey.get(input.submissionKey)! };
    const sameMail = active.get(input.email);
    if (sameMail) return { kind: 'duplicate', of: sameMail };
    if (byEmail.has(input.email)) return { kind: 'duplicate-in-batch', of: byEmail.get(input.email)! };
    const problems = answerProblems(event, input);
    if (problems.length > 0) return { kind: 'failed', error: new Invalid(problems) };
    const fee = feeFor(event, input);
    if (fee === null) return { kind: 'failed', error: new Invalid([{ path: 'participantTypeId', message: 'validation.choice' }]) };
    const confirmed = event.capacity === null || taken < event.capacity;
    if (confirmed) taken++;
    byKey.set(input.submissionKey, i);
    byEmail.set(input.email, i);
    const { consent: _consent, ...person } = input;
    return {
      kind: 'new',
      confirmed,
      now: own.now,
      row: {
        ...person,
        id: crypto.randomUUID(),
        eventId: event.id,
        reference: '',
        status: confirmed ? 'confirmed' : 'waitlisted',
        statusChangedAt: own.now,
        feeYen: fee,
        paymentStatus: fee === 0 ? 'not_required' : 'unpaid',
        createdAt: own.now,
      },
    };
  });

  const newOnes = decisions.flatMap((d) => (d.kind === 'new' ? [d] : []));
  const fresh = newOnes.map((d) => d.row);
  const references = await newReferences(tx, tenantId, fresh.length);
  fresh.forEach((row, i) => (row.reference = references[i]!));
  const inserted = await repository.insertRegistrations(tx, tenantId, fresh);
  // Seats were given in batch order, so seq must follow it (it does: VALUES rows are written in order).
  if (inserted.some((row, i) => row.id !== fresh[i]!.id)) throw new Error('applications were not written in the order their seats were given');
  const written = new Map<string, RegistrationRow>();
  for (const [i, row] of inserted.entries()) {
    const changes = row.status === 'confirmed' ? confirmationChanges(event, row, newOnes[i]!.now) : {};
    written.set(row.id, Object.keys(changes).length ? await repository.updateRegistration(tx, tenantId, row.id, changes) : row);
  }

  const registrationOf = (i: number) => {
    const decision = decisions[i]!;
    return written.get((decision as Extract<Decision, { kind: 'new' }>).row.id)!;
  };
  const mails: QueuedJob[] = [];
  const audits: Parameters<typeof recordAuditEach>[1] = [];
  const outcomes = decisions.map((decision, i): ApplyOutcome | AppError => {
    const { ctx: own, secret } = batch[i]!;
    const token = (registration: RegistrationRow) => createRegistrationToken(secret, tenantId, registration.id);
    switch (decision.kind) {
      case 'failed':
        return decision.error;
      case 'repeated':
        return { kind: 'repeated', registration: decision.registration, token: token(decision.registration) };
      case 'repeated-in-batch':
        return { kind: 'repeated', registration: registrationOf(decision.of), token: token(registrationOf(decision.of)) };
      case 'duplicate':
      case 'duplicate-in-batch': {
        const first = decision.kind === 'duplicate' ? decision.of : registrationOf(decision.of);
        mails.push(applicantMail(own, first, 'link-resent', { key: japanToday(own.now) }));
        return { kind: 'duplicate' };
      }
      case 'new': {
        const registration = written.get(decision.row.id)!;
        mails.push(applicantMail(own, registration, decision.confirmed ? 'confirmed' : 'waitlisted'));
        const reminder = decision.confirmed ? paymentReminder(own, event, registration) : null;
        if (reminder) mails.push(reminder);
        audits.push({ ctx: own, input: { action: 'apply', entityType: 'event_registration', entityId: registration.id, after: { reference: registration.reference, status: registration.status } } });
        return { kind: 'created', registration, token: token(registration) };
      }
    }
  });
  await enqueueJobs(tx, uniqueBy(mails, (mail) => mail.uniqueKey));
  await recordAuditEach(tx, audits);
  return outcomes;
}

function answerProblems(event: EventRow, input: ApplicationInput): { path: string; message: string }[] {
  // Only the event's own questions are answered: anything else is refused, not stored.
  const known = new Set(event.questions.map((q) => q.id));
  if (Object.keys(input.answers).some((id) => !known.has(id))) return [{ path: 'answers', message: 'events.apply.unknownQuestion' }];
  const missing = event.questions
    .filter((q) => q.required && !(input.answers[q.id] ?? '').trim())
    .map((q) => ({ path: `q_${q.id}`, message: 'validation.required' }));
  const unknownChoice = event.questions
    .filter((q) => q.kind === 'choice' && input.answers[q.id] && !q.options.includes(input.answers[q.id]!))
    .map((q) => ({ path: `q_${q.id}`, message: 'validation.choice' }));
  return [...missing, ...unknownChoice];
}

/** The fee for the chosen participant type, or null when the choice is not one of the event's. */
function feeFor(event: EventRow, input: ApplicationInput): number | null {
  if (event.participantTypes.length === 0) return event.feeYen;
  return event.participantTypes.find((t) => t.id === input.participantTypeId)?.feeYen ?? null;
}

/** `count` distinct eight-digit numbers not taken yet, easy to write in a bank transfer's name field. */
async function newReferences(db: Database, tenantId: string, count: number): Promise<string[]> {
  const chosen = new Set<string>();
  while (chosen.size < count) {
    const candidates = new Set<string>();
    while (candidates.size < count - chosen.size) {
      const reference = String(crypto.randomInt(10_000_000, 100_000_000));
      if (!chosen.has(reference)) candidates.add(reference);
    }
    const taken = await repository.selectTakenReferences(db, tenantId, [...candidates]);
    for (const reference of candidates) if (!taken.has(reference)) chosen.add(reference);
  }
  return [...chosen];
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  return [...new Map(items.map((item) => [key(item), item])).values()];
}

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: string; cause?: { code?: string } })?.code ?? (error as { cause?: { code?: string } })?.cause?.code;
  return code === '23505';
}
