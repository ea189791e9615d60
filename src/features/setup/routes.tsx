import { Hono } from 'hono';
import { NotFound } from '../../platform/errors/app-error.ts';
import { serviceContext, type AppEnv } from '../../platform/http/app-env.ts';
import { setFlash } from '../../platform/http/cookies.ts';
import { handleFormSubmission } from '../../platform/http/form-submission.ts';
import { emptyForm } from '../../platform/layout/form-fields.tsx';
import { pageContext } from '../../platform/layout/page-context.ts';
import { completeSetup, isSetupOpen } from './service.ts';
import { setupInput } from './validation.ts';
import { SetupPage } from './views/SetupPage.tsx';

export const setupRoutes = new Hono<AppEnv>();

// A tenant without any account sends every page here until setup is done.
setupRoutes.use('*', async (c, next) => {
  const path = new URL(c.req.url).pathname;
  if (path === '/setup' || path.startsWith('/api/') || path === '/healthz') return next();
  if (c.req.method === 'GET' && (await isSetupOpen(serviceContext(c)))) return c.redirect('/setup', 303);
  return next();
});

setupRoutes.get('/setup', async (c) => {
  if (!(await isSetupOpen(serviceContext(c)))) throw new NotFound();
  return c.html(<SetupPage page={pageContext(c)} form={emptyForm} />);
});

setupRoutes.post('/setup', async (c) =>
  handleFormSubmission(
    c,
    setupInput,
    async (input) => {
      await completeSetup(serviceContext(c), input);
      setFlash(c, 'setup.done');
      return c.redirect('/login', 303);
    },
    (form) => c.html(<SetupPage page={pageContext(c)} form={form} />),
  ),
);
