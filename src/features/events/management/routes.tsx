import { Hono } from 'hono';
import { requireRole } from '../../../platform/auth/permissions.ts';
import { serviceContext, type AppContext, type AppEnv } from '../../../platform/http/app-env.ts';
import { setFlash } from '../../../platform/http/cookies.ts';
import { handleFormSubmission } from '../../../platform/http/form-submission.ts';
import { recordId } from '../../../platform/http/route-params.ts';
import { formValues, type FormState } from '../../../platform/layout/form-fields.tsx';
import { pageContext } from '../../../platform/layout/page-context.ts';
import { eventFormToInput, eventFormValues, newEventFormValues, withOneMoreRow } from './form-input.ts';
import * as managementService from './service.ts';
import { createEventInput, eventChangeInput, staffEventListQuery } from './validation.ts';
import { EventEditPage } from './views/EventEditPage.tsx';
import { StaffEventsPage } from './views/StaffEventsPage.tsx';

export const eventManagementRoutes = new Hono<AppEnv>();

const readers = requireRole('admin', 'coordinator', 'staff');
const writers = requireRole('admin', 'coordinator');

eventManagementRoutes.get('/staff/events', readers, async (c) => {
  const query = staffEventListQuery.parse(c.req.query());
  const events = await managementService.findEventsForStaff(serviceContext(c), query);
  return c.html(<StaffEventsPage page={pageContext(c)} query={query} events={events} />);
});

async function renderEdit(c: AppContext, id: string | null, form?: FormState, changeForm?: FormState) {
  if (!id) return c.html(<EventEditPage page={pageContext(c)} event={null} form={form ?? { values: newEventFormValues, errors: {} }} />);
  const { event, sessions } = await managementService.getEventForStaff(serviceContext(c), id);
  return c.html(<EventEditPage page={pageContext(c)} event={event} form={form ?? { values: eventFormValues(event, sessions), errors: {} }} changeForm={changeForm} />);
}

// 「行を追加」: the same form again with what was typed and one more row; nothing is saved.
async function addedRow(c: AppContext, id: string | null): Promise<Response | null> {
  const body = await c.req.parseBody({ all: true });
  if (typeof body.addRow !== 'string') return null;
  const values = withOneMoreRow(formValues(body), body.addRow);
  return renderEdit(c, id, { values, errors: {} });
}

async function saveEvent(c: AppContext, id: string | null) {
  const more = await addedRow(c, id);
  if (more) return more;
  return handleFormSubmission(
    c,
    createEventInput,
    async (input) => {
      const ctx = serviceContext(c);
      const event = id ? await managementService.updateEvent(ctx, id, input) : await managementService.createEvent(ctx, input);
      setFlash(c, 'events.mgmt.saved');
      return c.redirect(`/staff/events/${event.id}`, 303);
    },
    (form) => renderEdit(c, id, form),
    eventFormToInput,
  );
}

eventManagementRoutes.get('/staff/events/new', writers, (c) => renderEdit(c, null));
eventManagementRoutes.post('/staff/events', writers, (c) => saveEvent(c, null));
eventManagementRoutes.get('/staff/events/:id', readers, (c) => renderEdit(c, recordId(c.req.param('id'))));
eventManagementRoutes.post('/staff/events/:id', writers, (c) => saveEvent(c, recordId(c.req.param('id'))));

eventManagementRoutes.post('/staff/events/:id/publish', writers, async (c) => {
  const id = recordId(c.req.param('id'));
  await managementService.publishEvent(serviceContext(c), id);
  setFlash(c, 'events.mgmt.published');
  return c.redirect(`/staff/events/${id}`, 303);
});

eventManagementRoutes.post('/staff/events/:id/close', writers, async (c) => {
  const id = recordId(c.req.param('id'));
  await managementService.closeEvent(serviceContext(c), id);
  setFlash(c, 'events.mgmt.closedDone');
  return c.redirect(`/staff/events/${id}`, 303);
});

eventManagementRoutes.post('/staff/events/:id/copy', writers, async (c) => {
  const copy = await managementService.copyEvent(serviceContext(c), recordId(c.req.param('id')));
  setFlash(c, 'events.mgmt.copied');
  return c.redirect(`/staff/events/${copy.id}`, 303);
});

eventManagementRoutes.post('/staff/events/:id/change', writers, async (c) => {
  const id = recordId(c.req.param('id'));
  return handleFormSubmission(
    c,
    eventChangeInput,
    async ({ change, notice }) => {
      const ctx = serviceContext(c);
      if (change === 'cancelled') await managementService.cancelEvent(ctx, id, notice);
      else await managementService.postponeEvent(ctx, id, notice);
      setFlash(c, change === 'cancelled' ? 'events.mgmt.cancelledDone' : 'events.mgmt.postponedDone');
      return c.redirect(`/staff/events/${id}`, 303);
    },
    (changeForm) => renderEdit(c, id, undefined, changeForm),
  );
});

