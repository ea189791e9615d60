import { Hono } from 'hono';
import { requireRole } from '../../platform/auth/permissions.ts';
import { Invalid } from '../../platform/errors/app-error.ts';
import { serviceContext, type AppContext, type AppEnv } from '../../platform/http/app-env.ts';
import type { BodyAllowance } from '../../platform/http/body-limit.ts';
import { setFlash } from '../../platform/http/cookies.ts';
import { handleFormSubmission } from '../../platform/http/form-submission.ts';
import { recordId } from '../../platform/http/route-params.ts';
import type { FormState } from '../../platform/layout/form-fields.tsx';
import { pageContext } from '../../platform/layout/page-context.ts';
import { problemsFromZod } from '../../platform/validation/problems.ts';
import * as eventsService from '../events/management/service.ts';
import * as handouts from './handouts.ts';
import * as meetingsService from './meetings-service.ts';
import { printMinutes, printSignInSheet } from './minutes-pdf.ts';
import * as councilsService from './service.ts';
import { closingInput, handoutInput, meetingInput } from './validation.ts';
import { handoutMaxBytes } from './vocabulary.ts';
import { ClosingPage, closingFormValues } from './views/ClosingPage.tsx';
import { InvitationLetterPage } from './views/InvitationLetterPage.tsx';
import { MeetingFormPage, meetingFormValues } from './views/MeetingFormPage.tsx';
import { MeetingPage } from './views/MeetingPage.tsx';

export const meetingRoutes = new Hono<AppEnv>();

/** Handouts are the one council form with a file: up to the handout limit and the form around it. */
export const handoutBodyAllowances: BodyAllowance[] = [{ path: /^\/staff\/meetings\/[^/]+\/handouts$/, maxBytes: handoutMaxBytes + 64 * 1024 }];

const readers = requireRole('admin', 'coordinator', 'staff');
const managers = requireRole('admin', 'coordinator');

async function ownerNames(c: AppContext): Promise<Map<string, string>> {
  return new Map((await meetingsService.ownerCandidates(serviceContext(c))).map((o) => [o.id, o.displayName]));
}

async function renderMeetingForm(c: AppContext, council: councilsService.CouncilRow, meeting: meetingsService.MeetingRecord | null, form?: FormState) {
  const events = await eventsService.findEventsForStaff(serviceContext(c), { when: 'upcoming', status: undefined });
  const initial = meeting ? meetingFormValues(meeting.meeting, meeting.agenda) : {};
  return c.html(<MeetingFormPage page={pageContext(c)} council={council} meeting={meeting?.meeting ?? null} form={form ?? { values: initial, errors: {} }} events={events} />);
}

meetingRoutes.get('/staff/councils/:id/meetings/new', managers, async (c) => renderMeetingForm(c, await councilsService.getManagedCouncil(serviceContext(c), recordId(c.req.param('id') ?? '')), null));

meetingRoutes.post('/staff/councils/:id/meetings', managers, async (c) => {
  const council = await councilsService.getManagedCouncil(serviceContext(c), recordId(c.req.param('id') ?? ''));
  return handleFormSubmission(
    c,
    meetingInput,
    async (input) => {
      const meeting = await meetingsService.scheduleMeeting(serviceContext(c), council.id, input);
      setFlash(c, 'councils.meetingSaved');
      return c.redirect(`/staff/meetings/${meeting.id}`, 303);
    },
    (form) => renderMeetingForm(c, council, null, form),
  );
});

meetingRoutes.get('/staff/meetings/:id', readers, async (c) => {
  const ctx = serviceContext(c);
  const record = await meetingsService.getMeeting(ctx, recordId(c.req.param('id') ?? ''));
  return c.html(<MeetingPage page={pageContext(c)} record={record} canManage={councilsService.canManageCouncil(ctx, record.council)} owners={await ownerNames(c)} />);
});

async function managedRecord(c: AppContext): Promise<meetingsService.MeetingRecord> {
  const ctx = serviceContext(c);
  const record = await meetingsService.getMeeting(ctx, recordId(c.req.param('id') ?? ''));
  await councilsService.getManagedCouncil(ctx, record.council.id);
  return record;
}

meetingRoutes.get('/staff/meetings/:id/edit', managers, async (c) => {
  const record = await managedRecord(c);
  return renderMeetingForm(c, record.council, record);
});

meetingRoutes.post('/staff/meetings/:id', managers, async (c) => {
  const record = await managedRecord(c);
  return handleFormSubmission(
    c,
    meetingInput,
    async (input) => {
      const body = await c.req.parseBody();
      await meetingsService.updateMeetingDetails(serviceContext(c), record.meeting.id, Number(body.version) || 0, input);
      setFlash(c, 'councils.meetingSaved');
      return c.redirect(`/staff/meetings/${record.meeting.id}`, 303);
    },
    (form) => renderMeetingForm(c, record.council, record, form),
  );
});

meetingRoutes.post('/staff/meetings/:id/cancel', managers, async (c) => {
  const record = await managedRecord(c);
  await meetingsService.cancelMeeting(serviceContext(c), record.meeting.id);
  setFlash(c, 'councils.meetingCancelledFlash');
  return c.redirect(`/staff/meetings/${record.meeting.id}`, 303);
});

meetingRoutes.post('/staff/meetings/:id/invitations', managers, async (c) => {
  const record = await managedRecord(c);
  const { onPaper } = await meetingsService.sendInvitations(serviceContext(c), record.meeting.id);
  c.get('deps').wakeJobs?.();
  setFlash(c, onPaper.length ? 'councils.invitationsQueuedWithPaper' : 'councils.invitationsQueued');
  return c.redirect(onPaper.length ? `/staff/meetings/${record.meeting.id}/invitation` : `/staff/meetings/${record.meeting.id}`, 303);
});

meetingRoutes.get('/staff/meetings/:id/invitation', readers, async (c) => {
  const record = await meetingsService.getMeeting(serviceContext(c), recordId(c.req.param('id') ?? ''));
  return c.html(<InvitationLetterPage page={pageContext(c)} record={record} />);
});

async function renderClosing(c: AppContext, record: meetingsService.MeetingRecord, form?: FormState) {
  const owners = await meetingsService.ownerCandidates(serviceContext(c));
  return c.html(<ClosingPage page={pageContext(c)} record={record} form={form ?? { values: closingFormValues(record), errors: {} }} owners={owners} />);
}

meetingRoutes.get('/staff/meetings/:id/close', managers, async (c) => renderClosing(c, await managedRecord(c)));

meetingRoutes.post('/staff/meetings/:id/close', managers, async (c) => {
  const record = await managedRecord(c);
  return handleFormSubmission(
    c,
    closingInput,
    async (input) => {
      await meetingsService.closeMeeting(serviceContext(c), record.meeting.id, input);
      setFlash(c, 'councils.recordSaved');
      return c.redirect(`/staff/meetings/${record.meeting.id}`, 303);
    },
    (form) => renderClosing(c, record, form),
  );
});

async function pdfResponse(c: AppContext, print: typeof printMinutes, name: string) {
  const record = await meetingsService.getMeeting(serviceContext(c), recordId(c.req.param('id') ?? ''));
  const pdf = await print(record, { t: c.get('t'), tenantName: c.get('tenant').name, printedAt: serviceContext(c).now, owners: await ownerNames(c) });
  return c.body(new Uint8Array(pdf), 200, { 'Content-Type': 'application/pdf', 'Content-Disposition': `inline; filename="${name}-${record.meeting.fiscalYear}-${record.meeting.number}.pdf"` });
}

meetingRoutes.get('/staff/meetings/:id/minutes.pdf', readers, (c) => pdfResponse(c, printMinutes, 'minutes'));
meetingRoutes.get('/staff/meetings/:id/sign-in-sheet.pdf', readers, (c) => pdfResponse(c, printSignInSheet, 'sign-in-sheet'));

meetingRoutes.post('/staff/meetings/:id/handouts', managers, async (c) => {
  const record = await managedRecord(c);
  const body = await c.req.parseBody();
  const file = body.file;
  try {
    const { title } = (() => {
      const parsed = handoutInput.safeParse({ title: typeof body.title === 'string' ? body.title : '' });
      if (!parsed.success) throw new Invalid(problemsFromZod(parsed.error));
      return parsed.data;
    })();
    if (!(file instanceof File)) throw new Invalid([{ path: 'file', message: 'councils.handoutMissing' }]);
    await handouts.addHandout(serviceContext(c), record.meeting.id, { title, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    setFlash(c, error.fields[0]?.message.split('?')[0] ?? 'councils.handoutWrongType');
    return c.redirect(`/staff/meetings/${record.meeting.id}`, 303);
  }
  setFlash(c, 'councils.handoutAdded');
  return c.redirect(`/staff/meetings/${record.meeting.id}`, 303);
});

meetingRoutes.get('/staff/meetings/:id/handouts/:handoutId', readers, async (c) => {
  const file = await handouts.getHandoutFile(serviceContext(c), recordId(c.req.param('id')), recordId(c.req.param('handoutId')));
  return c.body(new Uint8Array(file.content), 200, {
    'Content-Type': file.mediaType,
    'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    'X-Content-Type-Options': 'nosniff',
  });
});

meetingRoutes.post('/staff/meetings/:id/handouts/:handoutId/delete', managers, async (c) => {
  const record = await managedRecord(c);
  await handouts.deleteHandout(serviceContext(c), record.meeting.id, recordId(c.req.param('handoutId')));
  setFlash(c, 'councils.handoutDeleted');
  return c.redirect(`/staff/meetings/${record.meeting.id}`, 303);
});

meetingRoutes.post('/staff/action-items/:id/done', readers, async (c) => {
  const body = await c.req.parseBody();
  await meetingsService.setActionItemDone(serviceContext(c), recordId(c.req.param('id')), body.done !== '0');
  setFlash(c, 'councils.actionSaved');
  return c.redirect('/staff', 303);
});
