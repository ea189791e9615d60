import { Hono } from 'hono';
import { requireRole } from '../../../platform/auth/permissions.ts';
import { serviceContext, type AppEnv, linkBaseUrl } from '../../../platform/http/app-env.ts';
import { noStore } from '../../../platform/http/private-responses.ts';
import { setFlash } from '../../../platform/http/cookies.ts';
import { handleFormSubmission } from '../../../platform/http/form-submission.ts';
import { recordId } from '../../../platform/http/route-params.ts';
import { emptyForm } from '../../../platform/layout/form-fields.tsx';
import { pageContext } from '../../../platform/layout/page-context.ts';
import { findNeedCategories, getResource } from '../service.ts';
import * as upkeep from './service.ts';
import { providerProposalInput, publicSuggestionInput } from './validation.ts';
import { ProviderPage, UpkeepDonePage } from './views/ProviderPage.tsx';
import { SuggestionsPage } from './views/SuggestionsPage.tsx';
import { SuggestPage } from './views/SuggestPage.tsx';

export const upkeepRoutes = new Hono<AppEnv>();
upkeepRoutes.use('/provider/*', noStore);

const token = (value: string) => value.slice(0, 200);

// Providers, through their personal link: no account needed.
upkeepRoutes.get('/provider/:token', async (c) => {
  const ctx = serviceContext(c);
  const resource = await upkeep.openProviderLink(ctx, c.get('deps').secret, token(c.req.param('token')));
  const categories = await findNeedCategories(ctx);
  return c.html(<ProviderPage page={pageContext(c)} token={c.req.param('token')} resource={resource} categories={categories} form={emptyForm} />);
});

upkeepRoutes.post('/provider/:token/confirm', async (c) => {
  await upkeep.confirmViaProviderLink(serviceContext(c), c.get('deps').secret, token(c.req.param('token')));
  return c.html(<UpkeepDonePage page={pageContext(c)} messageKey="upkeep.thanksConfirmed" />);
});

upkeepRoutes.post('/provider/:token/propose', async (c) => {
  const ctx = serviceContext(c);
  const linkToken = token(c.req.param('token'));
  return handleFormSubmission(
    c,
    providerProposalInput,
    async (input) => {
      await upkeep.proposeViaProviderLink(ctx, c.get('deps').secret, linkToken, input);
      return c.html(<UpkeepDonePage page={pageContext(c)} messageKey="upkeep.thanksProposed" />);
    },
    async (form) => {
      const resource = await upkeep.openProviderLink(ctx, c.get('deps').secret, linkToken);
      return c.html(<ProviderPage page={pageContext(c)} token={linkToken} resource={resource} categories={await findNeedCategories(ctx)} form={form} />);
    },
  );
});

// Anyone: 「情報の修正を提案」.
upkeepRoutes.get('/resources/:id/suggest', async (c) => {
  const resource = await getResource(serviceContext(c), recordId(c.req.param('id')));
  return c.html(<SuggestPage page={pageContext(c)} resource={resource} form={emptyForm} />);
});

upkeepRoutes.post('/resources/:id/suggest', async (c) => {
  const ctx = serviceContext(c);
  const resource = await getResource(ctx, recordId(c.req.param('id')));
  return handleFormSubmission(
    c,
    publicSuggestionInput,
    async (input) => {
      await upkeep.suggestCorrection(ctx, resource.id, input);
      return c.html(<UpkeepDonePage page={pageContext(c)} messageKey="upkeep.thanksSuggested" />);
    },
    (form) => c.html(<SuggestPage page={pageContext(c)} resource={resource} form={form} />),
  );
});

// Staff.
upkeepRoutes.post('/staff/resources/:id/provider-link', requireRole('admin', 'coordinator'), async (c) => {
  const ctx = serviceContext(c);
  const link = await upkeep.providerLinkFor(ctx, c.get('deps').secret, linkBaseUrl(c), recordId(c.req.param('id')));
  return c.html(<UpkeepDonePage page={pageContext(c)} messageKey={c.get('t')('upkeep.linkCreated', { link })} />);
});

upkeepRoutes.get('/staff/resources/suggestions', requireRole('admin', 'coordinator', 'staff'), async (c) => {
  const suggestions = await upkeep.findPendingSuggestions(serviceContext(c));
  return c.html(<SuggestionsPage page={pageContext(c)} suggestions={suggestions} />);
});

upkeepRoutes.post('/staff/suggestions/:id/approve', requireRole('admin', 'coordinator'), async (c) => {
  await upkeep.approveSuggestion(serviceContext(c), recordId(c.req.param('id')));
  setFlash(c, 'upkeep.approved');
  return c.redirect('/staff/resources/suggestions', 303);
});

upkeepRoutes.post('/staff/suggestions/:id/reject', requireRole('admin', 'coordinator'), async (c) => {
  await upkeep.rejectSuggestion(serviceContext(c), recordId(c.req.param('id')));
  setFlash(c, 'upkeep.rejected');
  return c.redirect('/staff/resources/suggestions', 303);
});
