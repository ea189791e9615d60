import { Hono } from 'hono';
import { requireRole } from '../../platform/auth/permissions.ts';
import { serviceContext, type AppContext, type AppEnv } from '../../platform/http/app-env.ts';
import { setFlash } from '../../platform/http/cookies.ts';
import { handleFormSubmission } from '../../platform/http/form-submission.ts';
import { recordId } from '../../platform/http/route-params.ts';
import type { FormState } from '../../platform/layout/form-fields.tsx';
import { pageContext } from '../../platform/layout/page-context.ts';
import * as areasService from '../areas/service.ts';
import * as meetingsService from './meetings-service.ts';
import * as councilsService from './service.ts';
import { councilInput, memberInput, memberLeaveInput, termInput } from './validation.ts';
import { CouncilFormPage, councilFormValues } from './views/CouncilFormPage.tsx';
import { CouncilListPage } from './views/CouncilListPage.tsx';
import { CouncilPage } from './views/CouncilPage.tsx';
import { CouncilTermsPage } from './views/CouncilTermsPage.tsx';
import { MemberFormPage, memberFormValues } from './views/MemberFormPage.tsx';
import { RosterPage } from './views/RosterPage.tsx';
import { termLists, type TermList } from './vocabulary.ts';

export const councilRoutes = new Hono<AppEnv>();

// Everyone on the staff reads councils; coordinators change those of their areas (checked in the service), admins all.
const readers = requireRole('admin', 'coordinator', 'staff');
const managers = requireRole('admin', 'coordinator');
const admins = requireRole('admin');

councilRoutes.get('/staff/councils', readers, async (c) => {
  const ctx = serviceContext(c);
  const [councils, kinds, areas] = await Promise.all([councilsService.findCouncils(ctx), councilsService.findTerms(ctx, 'council_kind'), areasService.findAllAreas(ctx)]);
  const meetings = await meetingsService.findMeetingsOf(ctx, councils.map((x) => x.id));
  const nextMeetings = new Map<string, meetingsService.MeetingRow>();
  for (const m of [...meetings].reverse()) if (m.status === 'scheduled' && m.startsAt >= ctx.now && !nextMeetings.has(m.councilId)) nextMeetings.set(m.councilId, m);
  return c.html(<CouncilListPage page={pageContext(c)} councils={councils} kinds={kinds} areas={areas} nextMeetings={nextMeetings} />);
});

async function renderCouncilForm(c: AppContext, council: councilsService.CouncilRow | null, form?: FormState) {
  const ctx = serviceContext(c);
  const [kinds, areas] = await Promise.all([councilsService.findTerms(ctx, 'council_kind'), areasService.findAllAreas(ctx)]);
  const isAdmin = ctx.actor?.role === 'admin';
  const choosable = areas.filter((a) => !a.archivedAt && (isAdmin || ctx.actor?.areaIds.includes(a.id)));
  const initial = council ? councilFormValues(council) : { kindId: kinds[0]?.id ?? '' };
  return c.html(<CouncilFormPage page={pageContext(c)} council={council} form={form ?? { values: initial, errors: {} }} kinds={kinds} areas={choosable} />);
}

councilRoutes.get('/staff/councils/new', managers, (c) => renderCouncilForm(c, null));

councilRoutes.post('/staff/councils', managers, (c) =>
  handleFormSubmission(
    c,
    councilInput,
    async (input) => {
      const council = await councilsService.createCouncil(serviceContext(c), input);
      setFlash(c, 'councils.saved');
      return c.redirect(`/staff/councils/${council.id}`, 303);
    },
    (form) => renderCouncilForm(c, null, form),
  ),
);

councilRoutes.get('/staff/councils/:id', readers, async (c) => {
  const ctx = serviceContext(c);
  const council = await councilsService.getCouncil(ctx, recordId(c.req.param('id')));
  const [kinds, memberTypes, areas, members, meetings] = await Promise.all([
    councilsService.findTerms(ctx, 'council_kind'),
    councilsService.findTerms(ctx, 'member_type'),
    areasService.findAllAreas(ctx),
    councilsService.findMembers(ctx, council.id),
    meetingsService.findMeetings(ctx, council.id),
  ]);
  return c.html(
    <CouncilPage page={pageContext(c)} council={council} kinds={kinds} memberTypes={memberTypes} area={areas.find((a) => a.id === council.areaId)} members={members} meetings={meetings} canManage={councilsService.canManageCouncil(ctx, council)} />,
  );
});

councilRoutes.get('/staff/councils/:id/edit', managers, async (c) => renderCouncilForm(c, await councilsService.getManagedCouncil(serviceContext(c), recordId(c.req.param('id')))));

councilRoutes.post('/staff/councils/:id', managers, async (c) => {
  const council = await councilsService.getManagedCouncil(serviceContext(c), recordId(c.req.param('id')));
  return handleFormSubmission(
    c,
    councilInput,
    async (input) => {
      await councilsService.updateCouncil(serviceContext(c), council.id, input);
      setFlash(c, 'councils.saved');
      return c.redirect(`/staff/councils/${council.id}`, 303);
    },
    (form) => renderCouncilForm(c, council, form),
  );
});

councilRoutes.get('/staff/councils/:id/roster', readers, async (c) => {
  const ctx = serviceContext(c);
  const council = await councilsService.getCouncil(ctx, recordId(c.req.param('id')));
  const [members, memberTypes] = await Promise.all([councilsService.findMembers(ctx, council.id), councilsService.findTerms(ctx, 'member_type')]);
  return c.html(<RosterPage page={pageContext(c)} council={council} members={members.filter((m) => !m.archivedAt)} memberTypes={memberTypes} />);
});

async function renderMemberForm(c: AppContext, council: councilsService.CouncilRow, member: councilsService.CouncilMemberRow | null, form?: FormState) {
  const memberTypes = await councilsService.findTerms(serviceContext(c), 'member_type');
  const initial = member ? memberFormValues(member) : { role: 'member', memberTypeId: memberTypes[0]?.id ?? '' };
  return c.html(<MemberFormPage page={pageContext(c)} council={council} member={member} form={form ?? { values: initial, errors: {} }} memberTypes={memberTypes} />);
}

councilRoutes.get('/staff/councils/:id/members/new', managers, async (c) => renderMemberForm(c, await councilsService.getManagedCouncil(serviceContext(c), recordId(c.req.param('id'))), null));

councilRoutes.post('/staff/councils/:id/members', managers, async (c) => {
  const council = await councilsService.getManagedCouncil(serviceContext(c), recordId(c.req.param('id')));
  return handleFormSubmission(
    c,
    memberInput,
    async (input) => {
      await councilsService.addMember(serviceContext(c), council.id, input);
      setFlash(c, 'councils.memberSaved');
      return c.redirect(`/staff/councils/${council.id}`, 303);
    },
    (form) => renderMemberForm(c, council, null, form),
  );
});

councilRoutes.get('/staff/councils/:id/members/:memberId/edit', managers, async (c) => {
  const ctx = serviceContext(c);
  const council = await councilsService.getManagedCouncil(ctx, recordId(c.req.param('id')));
  return renderMemberForm(c, council, await councilsService.getMember(ctx, council.id, recordId(c.req.param('memberId'))));
});

councilRoutes.post('/staff/councils/:id/members/:memberId', managers, async (c) => {
  const ctx = serviceContext(c);
  const council = await councilsService.getManagedCouncil(ctx, recordId(c.req.param('id')));
  const member = await councilsService.getMember(ctx, council.id, recordId(c.req.param('memberId')));
  return handleFormSubmission(
    c,
    memberInput,
    async (input) => {
      await councilsService.updateMember(ctx, council.id, member.id, input);
      setFlash(c, 'councils.memberSaved');
      return c.redirect(`/staff/councils/${council.id}`, 303);
    },
    (form) => renderMemberForm(c, council, member, form),
  );
});

councilRoutes.post('/staff/councils/:id/members/:memberId/leave', managers, async (c) => {
  const ctx = serviceContext(c);
  const council = await councilsService.getManagedCouncil(ctx, recordId(c.req.param('id')));
  const member = await councilsService.getMember(ctx, council.id, recordId(c.req.param('memberId')));
  return handleFormSubmission(
    c,
    memberLeaveInput,
    async ({ leftOn }) => {
      await councilsService.archiveMember(ctx, council.id, member.id, leftOn);
      setFlash(c, 'councils.memberLeft');
      return c.redirect(`/staff/councils/${council.id}`, 303);
    },
    (form) => renderMemberForm(c, council, member, form),
  );
});

async function renderTerms(c: AppContext, forms: Partial<Record<TermList, FormState>> = {}) {
  const ctx = serviceContext(c);
  const entries = await Promise.all(termLists.map(async (list) => [list, await councilsService.findTerms(ctx, list)] as const));
  return c.html(<CouncilTermsPage page={pageContext(c)} terms={Object.fromEntries(entries) as Record<TermList, councilsService.CouncilTermRow[]>} forms={forms} />);
}

councilRoutes.get('/staff/council-terms', admins, (c) => renderTerms(c));

councilRoutes.post('/staff/council-terms', admins, async (c) => {
  return handleFormSubmission(
    c,
    termInput,
    async (input) => {
      await councilsService.addTerm(serviceContext(c), input);
      setFlash(c, 'councils.termSaved');
      return c.redirect('/staff/council-terms', 303);
    },
    (form) => renderTerms(c, { [termLists.find((l) => form.values.list === l) ?? 'council_kind']: form }),
  );
});

for (const [action, retired] of [['retire', true], ['restore', false]] as const) {
  councilRoutes.post(`/staff/council-terms/:id/${action}`, admins, async (c) => {
    await councilsService.setTermRetired(serviceContext(c), recordId(c.req.param('id')), retired);
    setFlash(c, 'councils.termSaved');
    return c.redirect('/staff/council-terms', 303);
  });
}
