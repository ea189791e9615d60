import { Hono } from 'hono';
import { requireRole } from '../../platform/auth/permissions.ts';
import { serviceContext, type AppContext, type AppEnv, linkBaseUrl } from '../../platform/http/app-env.ts';
import { setFlash } from '../../platform/http/cookies.ts';
import { handleFormSubmission } from '../../platform/http/form-submission.ts';
import { recordId } from '../../platform/http/route-params.ts';
import type { FormState } from '../../platform/layout/form-fields.tsx';
import { pageContext } from '../../platform/layout/page-context.ts';
import * as areasService from '../areas/service.ts';
import * as helpRequestsService from '../help-requests/service.ts';
import * as volunteersService from '../volunteers/service.ts';
import * as matchesService from './service.ts';
import { activityInput, candidateListQuery, proposeInput, respondInput } from './validation.ts';
import * as volunteerPage from './volunteer-page/service.ts';
import { MatchingPage } from './views/MatchingPage.tsx';
import { VolunteerLinkPage } from './views/VolunteerLinkPage.tsx';

export const matchRoutes = new Hono<AppEnv>();

// Matching reads volunteers' and residents' personal data: admins, and coordinators of the request's area (checked in the services).
const coordinatorsOnly = requireRole('admin', 'coordinator');

async function renderMatching(c: AppContext, requestId: string, forms: { proposeForm?: FormState; activityForm?: FormState } = {}) {
  const ctx = serviceContext(c);
  const request = await helpRequestsService.getRequestForMatching(ctx, requestId);
  const shown = candidateListQuery.parse(c.req.query()).shown ?? matchesService.candidatePageSize;
  const [candidates, matches, activities, resources, helpTypes, districts] = await Promise.all([
    matchesService.findCandidates(ctx, requestId, shown),
    matchesService.findMatchesOfRequest(ctx, requestId),
    matchesService.findActivitiesOfRequest(ctx, requestId),
    matchesService.findResourceSuggestions(ctx, requestId),
    volunteersService.findHelpTypes(ctx),
    areasService.findDistricts(ctx),
  ]);
  const title = helpTypes.find((h) => h.id === request.helpTypeId)?.name ?? '';
  const districtName = new Map(districts.map((d) => [d.id, d.name]));
  return c.html(<MatchingPage page={pageContext(c)} requestId={requestId} title={title} candidates={candidates} pageSize={matchesService.candidatePageSize} matches={matches} activities={activities} resources={resources} districtName={districtName} {...forms} />);
}

matchRoutes.get('/staff/help-requests/:id/matches', coordinatorsOnly, (c) => renderMatching(c, recordId(c.req.param('id'))));

matchRoutes.post('/staff/help-requests/:id/matches', coordinatorsOnly, async (c) => {
  const id = recordId(c.req.param('id'));
  return handleFormSubmission(
    c,
    proposeInput,
    async (input) => {
      await matchesService.proposeMatch(serviceContext(c), id, input);
      setFlash(c, 'matching.proposed');
      return c.redirect(`/staff/help-requests/${id}/matches`, 303);
    },
    (proposeForm) => renderMatching(c, id, { proposeForm }),
  );
});

matchRoutes.post('/staff/matches/:id/answer', coordinatorsOnly, async (c) => {
  const matchId = recordId(c.req.param('id'));
  return handleFormSubmission(
    c,
    respondInput,
    async (input) => {
      const match = await matchesService.answerForVolunteer(serviceContext(c), matchId, input);
      setFlash(c, 'matching.answerRecorded');
      return c.redirect(`/staff/help-requests/${match.helpRequestId}/matches`, 303);
    },
    () => c.redirect('/staff/help-requests', 303),
  );
});

matchRoutes.post('/staff/matches/:id/activities', coordinatorsOnly, async (c) => {
  const matchId = recordId(c.req.param('id'));
  return handleFormSubmission(
    c,
    activityInput,
    async (input) => {
      const row = await matchesService.recordActivity(serviceContext(c), matchId, input);
      setFlash(c, 'matching.activitySaved');
      return c.redirect(`/staff/help-requests/${row.helpRequestId}/matches`, 303);
    },
    async (activityForm) => {
      const match = (await matchesService.findMatchById(serviceContext(c), matchId));
      return renderMatching(c, match.helpRequestId, { activityForm });
    },
  );
});

matchRoutes.post('/staff/activities/:id/confirm', coordinatorsOnly, async (c) => {
  const row = await matchesService.confirmActivity(serviceContext(c), recordId(c.req.param('id')));
  setFlash(c, 'matching.activityConfirmed');
  return c.redirect(`/staff/help-requests/${row.helpRequestId}/matches`, 303);
});

matchRoutes.post('/staff/volunteers/:id/link', coordinatorsOnly, async (c) => {
  const id = recordId(c.req.param('id'));
  const deps = c.get('deps');
  const link = await volunteerPage.volunteerLinkFor(serviceContext(c), deps.secret, linkBaseUrl(c), id);
  return c.html(<VolunteerLinkPage page={pageContext(c)} volunteerId={id} link={link} />);
});

matchRoutes.post('/staff/volunteers/:id/link/revoke', coordinatorsOnly, async (c) => {
  const id = recordId(c.req.param('id'));
  await volunteersService.revokeVolunteerLinks(serviceContext(c), id);
  setFlash(c, 'matching.linkRevoked');
  return c.redirect(`/staff/volunteers/${id}`, 303);
});
