import { Hono } from 'hono';
import { serviceContext, type AppContext, type AppEnv, linkBaseUrl } from '../../../platform/http/app-env.ts';
import { recordId } from '../../../platform/http/route-params.ts';
import { findPublicEventsWithSessions, getPublicEventWithSessions, type EventWithSessions } from '../management/service.ts';

export const eventCalendarRoutes = new Hono<AppEnv>();

async function calendarResponse(c: AppContext, items: EventWithSessions[], filename: string) {
  const { eventsCalendar } = await import('./calendar.ts');
  const baseUrl = linkBaseUrl(c);
  const body = eventsCalendar(items, { name: `${c.get('tenant').name} ${c.get('t')('nav.events')}`, baseUrl, host: new URL(baseUrl).host, locale: c.get('locale'), now: c.get('now') });
  return c.body(body, 200, { 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': `inline; filename="${filename}"`, 'Cache-Control': 'no-store' });
}

// The feed: every public event that has not ended, cancelled ones marked so.
eventCalendarRoutes.get('/events.ics', async (c) => {
  const ctx = serviceContext(c);
  return calendarResponse(c, await findPublicEventsWithSessions(ctx, { from: ctx.now }), 'events.ics');
});

eventCalendarRoutes.get('/events/:id/event.ics', async (c) => {
  const item = await getPublicEventWithSessions(serviceContext(c), recordId(c.req.param('id')));
  return calendarResponse(c, [item], 'event.ics');
});
