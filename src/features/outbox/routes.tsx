import { Hono } from 'hono';
import { requireRole } from '../../platform/auth/permissions.ts';
import { serviceContext, type AppEnv } from '../../platform/http/app-env.ts';
import { recordId } from '../../platform/http/route-params.ts';
import { pageContext } from '../../platform/layout/page-context.ts';
import { findOutboxMails, getOutboxMail } from './service.ts';
import { OutboxMessagePage } from './views/OutboxMessagePage.tsx';
import { OutboxPage } from './views/OutboxPage.tsx';

export const outboxRoutes = new Hono<AppEnv>();
const admins = requireRole('admin');

outboxRoutes.get('/staff/outbox', admins, async (c) => {
  const mails = await findOutboxMails(serviceContext(c), c.get('deps').mailer);
  return c.html(<OutboxPage page={pageContext(c)} mails={mails} />);
});

outboxRoutes.get('/staff/outbox/:id', admins, async (c) => {
  const mail = await getOutboxMail(serviceContext(c), recordId(c.req.param('id')));
  return c.html(<OutboxMessagePage page={pageContext(c)} mail={mail} />);
});
