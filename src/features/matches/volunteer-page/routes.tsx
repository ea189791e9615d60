import { Hono } from 'hono';
import { serviceContext, type AppContext, type AppEnv } from '../../../platform/http/app-env.ts';
import { noStore } from '../../../platform/http/private-responses.ts';
import { setFlash } from '../../../platform/http/cookies.ts';
import { handleFormSubmission } from '../../../platform/http/form-submission.ts';
import { recordId } from '../../../platform/http/route-params.ts';
import { NotFound } from '../../../platform/errors/app-error.ts';
import type { FormState } from '../../../platform/layout/form-fields.tsx';
import { pageContext } from '../../../platform/layout/page-context.ts';
import { activityInput, linkToken, respondInput } from '../validation.ts';
import * as volunteerPage from './service.ts';
import { VolunteerOwnPage } from './views/VolunteerOwnPage.tsx';

// Public by design: the signed, revocable link is the volunteer's permission (checked in the service).
export const volunteerPageRoutes = new Hono<AppEnv>();
volunteerPageRoutes.use('/v/*', noStore);

function token(c: AppContext): string {
  const parsed = linkToken.safeParse(c.req.param('token'));
  if (!parsed.success) throw new NotFound('link_invalid', 'matching.linkInvalid');
  return parsed.data;
}

async function render(c: AppContext, activityForm?: { matchId: string; form: FormState }) {
  const link = token(c);
  const view = await volunteerPage.openVolunteerPage(serviceContext(c), c.get('deps').secret, link);
  c.header('Referrer-Policy', 'no-referrer');
  return c.html(<VolunteerOwnPage page={pageContext(c)} token={link} view={view} activityForm={activityForm} />);
}

volunteerPageRoutes.get('/v/:token', (c) => render(c));

volunteerPageRoutes.post('/v/:token/matches/:id/answer', async (c) => {
  const parsed = respondInput.safeParse(await c.req.parseBody());
  if (!parsed.success) return render(c);
  await volunteerPage.answerOnLink(serviceContext(c), c.get('deps').secret, token(c), recordId(c.req.param('id')), parsed.data);
  setFlash(c, parsed.data.answer === 'accept' ? 'matching.thanksAccept' : 'matching.thanksDecline');
  return c.redirect(`/v/${token(c)}`, 303);
});

volunteerPageRoutes.post('/v/:token/matches/:id/activities', async (c) => {
  const matchId = recordId(c.req.param('id'));
  return handleFormSubmission(
    c,
    activityInput,
    async (input) => {
      await volunteerPage.recordActivityOnLink(serviceContext(c), c.get('deps').secret, token(c), matchId, input);
      setFlash(c, 'matching.activitySaved');
      return c.redirect(`/v/${token(c)}`, 303);
    },
    (form) => render(c, { matchId, form }),
  );
});
