import { Hono } from 'hono';
import { z } from 'zod';
import { requireRole } from '../../../platform/auth/permissions.ts';
import { excelCsvContentType } from '../../../platform/csv/excel-csv.ts';
import { Invalid, NotFound } from '../../../platform/errors/app-error.ts';
import { serviceContext, type AppContext, type AppEnv } from '../../../platform/http/app-env.ts';
import type { BodyAllowance } from '../../../platform/http/body-limit.ts';
import { setFlash } from '../../../platform/http/cookies.ts';
import { handleFormSubmission } from '../../../platform/http/form-submission.ts';
import { recordId } from '../../../platform/http/route-params.ts';
import { emptyForm } from '../../../platform/layout/form-fields.tsx';
import { pageContext } from '../../../platform/layout/page-context.ts';
import { problemsByField, problemsFromZod } from '../../../platform/validation/problems.ts';
import { findVolunteers } from '../../volunteers/service.ts';
import { findApplicationMails, linkApplicationToVolunteer } from '../registrations/service.ts';
import { applyBankTransfers, decodeStatement, planBankTransfers } from './bank-transfers.ts';
import * as participants from './service.ts';
import { announcementInput, bankImportInput, exportQuery, participantFilters, paymentInput } from './validation.ts';
import { AnnouncePage } from './views/AnnouncePage.tsx';
import { BankImportPage } from './views/BankImportPage.tsx';
import { CheckInPage } from './views/CheckInPage.tsx';
import { ParticipantPage } from './views/ParticipantPage.tsx';
import { ParticipantsPage } from './views/ParticipantsPage.tsx';

/** The organiser's side of applications: list, export, payments, bulk mail, check-in. Every route names its roles. */
// A bank statement of up to 2,000,000 characters (events.bank.tooLarge): a
// CP932 file on upload, then URL-encoded UTF-8 (up to 9 bytes a character) on confirmation.
export const bankStatementBodyAllowances: BodyAllowance[] = [
  { path: /^\/staff\/events\/[^/]+\/payments\/import$/, maxBytes: 5 * 1024 * 1024 },
  { path: /^\/staff\/events\/[^/]+\/payments\/import\/apply$/, maxBytes: 19 * 1024 * 1024 },
];

export const participantRoutes = new Hono<AppEnv>();

const everyone = requireRole('admin', 'coordinator', 'staff');
const organisers = requireRole('admin', 'coordinator');

function filtersOf(c: AppContext) {
  const parsed = participantFilters.safeParse(c.req.query());
  if (!parsed.success) throw new Invalid(problemsFromZod(parsed.error), { status: 400 });
  return parsed.data;
}

participantRoutes.get('/staff/events/:id/participants', everyone, async (c) => {
  const filters = filtersOf(c);
  const list = await participants.findParticipants(serviceContext(c), recordId(c.req.param('id')), filters);
  return c.html(<ParticipantsPage page={pageContext(c)} list={list} filters={filters} />);
});

participantRoutes.get('/staff/events/:id/participants.csv', organisers, async (c) => {
  const parsed = exportQuery.safeParse(c.req.query());
  if (!parsed.success) throw new Invalid(problemsFromZod(parsed.error), { status: 400 });
  const { encoding, ...filters } = parsed.data;
  const { body } = await participants.exportParticipantsCsv(serviceContext(c), recordId(c.req.param('id')), filters, encoding);
  return c.body(new Uint8Array(body), 200, {
    'Content-Type': excelCsvContentType(encoding),
    'Content-Disposition': `attachment; filename="participants-${c.req.param('id')}.csv"`,
    'Cache-Control': 'no-store',
  });
});

async function participantPage(c: AppContext, form = emptyForm) {
  const ctx = serviceContext(c);
  const { event, registration } = await participants.getParticipant(ctx, recordId(c.req.param('id') ?? ''), recordId(c.req.param('registrationId') ?? ''));
  const mails = await findApplicationMails(ctx, registration.id);
  const volunteers = event.isVolunteerTraining ? await volunteerChoices(ctx, registration) : [];
  return c.html(<ParticipantPage page={pageContext(c)} event={event} registration={registration} mails={mails} form={form} volunteers={volunteers} />);
}

/** Registered volunteers the organiser may link a training application to; those with the same mail or phone first. */
async function volunteerChoices(ctx: ReturnType<typeof serviceContext>, registration: { email: string; phone: string }) {
  if (ctx.actor?.role !== 'admin' && ctx.actor?.role !== 'coordinator') return [];
  const digits = (s: string) => s.replace(/\D/g, '');
  const rows = await findVolunteers(ctx);
  return rows
    .map((v) => ({ id: v.id, label: `${v.name}（${v.nameReading}）`, suggested: (v.email !== '' && v.email === registration.email) || (digits(v.phone) !== '' && digits(v.phone) === digits(registration.phone)) }))
    .sort((a, b) => Number(b.suggested) - Number(a.suggested));
}

participantRoutes.get('/staff/events/:id/participants/:registrationId', everyone, (c) => participantPage(c));

participantRoutes.post('/staff/events/:id/participants/:registrationId/payment', organisers, async (c) =>
  handleFormSubmission(
    c,
    paymentInput,
    async (input) => {
      await participants.recordPayment(serviceContext(c), recordId(c.req.param('registrationId')), input);
      c.get('deps').wakeJobs?.();
      setFlash(c, 'events.payment.recorded');
      return c.redirect(`/staff/events/${recordId(c.req.param('id'))}/participants/${c.req.param('registrationId')}`, 303);
    },
    (form) => participantPage(c, form),
  ),
);

participantRoutes.post('/staff/events/:id/participants/:registrationId/volunteer', organisers, async (c) => {
  const form = z.object({ volunteerId: z.union([z.literal(''), z.uuid()]) }).safeParse(await c.req.parseBody());
  if (!form.success) throw new Invalid(problemsFromZod(form.error), { status: 400 });
  const eventId = recordId(c.req.param('id'));
  const registrationId = recordId(c.req.param('registrationId'));
  await linkApplicationToVolunteer(serviceContext(c), registrationId, form.data.volunteerId || null);
  setFlash(c, 'events.participants.volunteerLinked');
  return c.redirect(`/staff/events/${eventId}/participants/${registrationId}`, 303);
});

participantRoutes.get('/staff/events/:id/check-in', everyone, async (c) => {
  const ctx = serviceContext(c);
  const eventId = recordId(c.req.param('id'));
  const reference = z.string().max(20).catch('').parse(c.req.query('reference'));
  const q = z.string().max(100).catch('').parse(c.req.query('q') ?? reference);
  const list = await participants.findParticipants(ctx, eventId, { status: q ? '' : 'confirmed', payment: '', q });
  const matches = q ? list.participants.slice(0, 30) : [];
  return c.html(<CheckInPage page={pageContext(c)} event={list.event} matches={matches} q={q} attended={list.attended} confirmed={list.counts.confirmed ?? 0} />);
});

participantRoutes.post('/staff/events/:id/check-in/:registrationId', everyone, async (c) => {
  const form = z.object({ arrived: z.enum(['yes', 'no']), q: z.string().max(100).default('') }).safeParse(await c.req.parseBody());
  if (!form.success) throw new Invalid(problemsFromZod(form.error), { status: 400 });
  const eventId = recordId(c.req.param('id'));
  await participants.checkIn(serviceContext(c), eventId, recordId(c.req.param('registrationId')), form.data.arrived === 'yes');
  return c.redirect(`/staff/events/${eventId}/check-in?q=${encodeURIComponent(form.data.q)}`, 303);
});

participantRoutes.get('/staff/events/:id/announce', organisers, async (c) => {
  const filters = filtersOf(c);
  const { event, count } = await participants.countParticipants(serviceContext(c), recordId(c.req.param('id')), filters);
  return c.html(<AnnouncePage page={pageContext(c)} event={event} filters={filters} recipients={count} form={emptyForm} />);
});

participantRoutes.post('/staff/events/:id/announce', organisers, async (c) => {
  const eventId = recordId(c.req.param('id'));
  return handleFormSubmission(
    c,
    announcementInput,
    async (input) => {
      await participants.sendAnnouncement(serviceContext(c), eventId, input);
      c.get('deps').wakeJobs?.();
      setFlash(c, 'events.announce.sent');
      return c.redirect(`/staff/events/${eventId}/participants`, 303);
    },
    async (form) => {
      const filters = participantFilters.parse({ status: form.values.status ?? 'active', payment: form.values.payment ?? '', q: form.values.q ?? '' });
      const { event, count } = await participants.countParticipants(serviceContext(c), eventId, filters);
      return c.html(<AnnouncePage page={pageContext(c)} event={event} filters={filters} recipients={count} form={form} />);
    },
  );
});

participantRoutes.get('/staff/events/:id/payments/import', organisers, async (c) => {
  const { event } = await participants.countParticipants(serviceContext(c), recordId(c.req.param('id')), { status: 'active', payment: '', q: '' });
  return c.html(<BankImportPage page={pageContext(c)} event={event} form={emptyForm} plan={null} csvText="" />);
});

participantRoutes.post('/staff/events/:id/payments/import', organisers, async (c) => {
  const ctx = serviceContext(c);
  const eventId = recordId(c.req.param('id'));
  const { event } = await participants.countParticipants(ctx, eventId, { status: 'active', payment: '', q: '' });
  const body = await c.req.parseBody();
  const file = body.file instanceof File ? body.file : undefined;
  const csvText = file && file.size > 0 ? decodeStatement(Buffer.from(await file.arrayBuffer())) : '';
  const parsed = bankImportInput.safeParse({ csvText });
  if (!parsed.success) {
    c.status(422);
    return c.html(<BankImportPage page={pageContext(c)} event={event} form={{ values: {}, errors: problemsByField(problemsFromZod(parsed.error)) }} plan={null} csvText="" />);
  }
  const plan = await planBankTransfers(ctx, eventId, parsed.data.csvText);
  return c.html(<BankImportPage page={pageContext(c)} event={event} form={emptyForm} plan={plan} csvText={parsed.data.csvText} />);
});

participantRoutes.post('/staff/events/:id/payments/import/apply', organisers, async (c) => {
  const eventId = recordId(c.req.param('id'));
  const parsed = bankImportInput.safeParse(await c.req.parseBody());
  if (!parsed.success) throw new Invalid(problemsFromZod(parsed.error));
  const recorded = await applyBankTransfers(serviceContext(c), eventId, parsed.data.csvText);
  c.get('deps').wakeJobs?.();
  setFlash(c, c.get('t')('events.bank.recorded', { count: recorded }));
  return c.redirect(`/staff/events/${eventId}/participants?payment=paid`, 303);
});
