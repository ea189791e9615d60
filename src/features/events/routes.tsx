import { publicFormLimit } from '../../platform/http/public-form-limit.ts';
import crypto from 'node:crypto';
import { Hono } from 'hono';
import QRCode from 'qrcode';
import { serviceContext, type AppContext, type AppEnv, linkBaseUrl } from '../../platform/http/app-env.ts';
import { noStore } from '../../platform/http/private-responses.ts';
import { setFlash } from '../../platform/http/cookies.ts';
import { handleFormSubmission } from '../../platform/http/form-submission.ts';
import { recordId } from '../../platform/http/route-params.ts';
import { emptyForm } from '../../platform/layout/form-fields.tsx';
import { pageContext } from '../../platform/layout/page-context.ts';
import { checkInUrl } from './registrations/jobs.ts';
import * as registrations from './registrations/service.ts';
import { applicationFromForm, applicationInput } from './registrations/validation.ts';
import { applicationWindowState, findEventSessions, findPastPublicEvents, findPublicEvents, getEvent } from './service.ts';
import { ApplicationPage } from './views/ApplicationPage.tsx';
import { ApplyPage } from './views/ApplyPage.tsx';
import { DuplicateApplicationPage } from './views/DuplicateApplicationPage.tsx';
import { EventDetailPage } from './views/EventDetailPage.tsx';
import { EventListPage } from './views/EventListPage.tsx';

/** Public event pages, the application form and each applicant's personal page. */
export const eventRoutes = new Hono<AppEnv>();

const newSubmissionKey = () => crypto.randomBytes(18).toString('base64url');
const linkToken = (value: string) => value.slice(0, 200);

eventRoutes.get('/events', async (c) => {
  const ctx = serviceContext(c);
  const [upcoming, past] = await Promise.all([findPublicEvents(ctx), findPastPublicEvents(ctx, 10)]);
  return c.html(<EventListPage page={pageContext(c)} upcoming={upcoming} past={past} />);
});

eventRoutes.get('/events/:id', async (c) => {
  const ctx = serviceContext(c);
  const event = await getEvent(ctx, recordId(c.req.param('id')));
  const [sessions, seats] = await Promise.all([findEventSessions(ctx, event.id), registrations.seatSummary(ctx, event)]);
  return c.html(<EventDetailPage page={pageContext(c)} event={event} sessions={sessions} seats={seats} window={applicationWindowState(event, ctx.now)} />);
});

eventRoutes.get('/events/:id/apply', async (c) => {
  const event = await getEvent(serviceContext(c), recordId(c.req.param('id')));
  if (applicationWindowState(event, c.get('now')) !== 'open') return c.redirect(`/events/${event.id}`, 303);
  return c.html(<ApplyPage page={pageContext(c)} event={event} form={emptyForm} submissionKey={newSubmissionKey()} />);
});

eventRoutes.post('/events/:id/apply', publicFormLimit('event-application'), async (c) => {
  const ctx = serviceContext(c);
  const eventId = recordId(c.req.param('id'));
  // Seats are decided on the event as read under its lock (an unknown or
  // closed event is refused there); it is read here only to show a page, so
  // a burst of applicants costs no read of it each on the way in.
  return handleFormSubmission(
    c,
    applicationInput,
    async (input) => {
      const outcome = await registrations.applyToEvent(ctx, c.get('deps').secret, eventId, input);
      c.get('deps').wakeJobs?.();
      if (outcome.kind === 'duplicate') return c.html(<DuplicateApplicationPage page={pageContext(c)} event={await getEvent(ctx, eventId)} />, 409);
      return c.redirect(`/events/applications/${outcome.token}`, 303);
    },
    async (form) => c.html(<ApplyPage page={pageContext(c)} event={await getEvent(ctx, eventId)} form={form} submissionKey={newSubmissionKey()} />),
    applicationFromForm,
  );
});

async function renderApplication(c: AppContext, view: registrations.ApplicationView) {
  const qr = view.event.inPerson ? await QRCode.toDataURL(checkInUrl(linkBaseUrl(c), view.event.id, view.registration.reference), { margin: 1, width: 160 }) : null;
  return c.html(<ApplicationPage page={pageContext(c)} view={view} checkInQr={qr} />);
}

eventRoutes.use('/events/applications/*', noStore);

eventRoutes.get('/events/applications/:token', async (c) => {
  c.header('Referrer-Policy', 'no-referrer');
  const view = await registrations.openApplication(serviceContext(c), c.get('deps').secret, linkToken(c.req.param('token')));
  return renderApplication(c, view);
});

const applicantActions = {
  cancel: { act: registrations.cancelApplication, flash: 'events.application.cancelled' },
  accept: { act: registrations.acceptOffer, flash: 'events.application.accepted' },
  decline: { act: registrations.declineOffer, flash: 'events.application.declined' },
} as const;

for (const [action, { act, flash }] of Object.entries(applicantActions)) {
  eventRoutes.post(`/events/applications/:token/${action}`, async (c) => {
    const token = linkToken(c.req.param('token'));
    await act(serviceContext(c), c.get('deps').secret, token);
    c.get('deps').wakeJobs?.();
    setFlash(c, flash);
    return c.redirect(`/events/applications/${token}`, 303);
  });
}
