// Everything the staff pages of one issue need, read through the services of
// the features it links to; shared by the detail page and its refused forms.
import * as surveysRepository from '../surveys/repository.ts';
import { canManageArea } from '../../platform/auth/permissions.ts';
import type { AppContext } from '../../platform/http/app-env.ts';
import { serviceContext } from '../../platform/http/app-env.ts';
import { pageContext } from '../../platform/layout/page-context.ts';
import { formatWarekiDate } from '../../platform/wareki/wareki.ts';
import * as areasService from '../areas/service.ts';
import * as coordinatorActivitiesService from '../coordinator-activities/service.ts';
import * as eventsManagementService from '../events/management/service.ts';
import * as resourcesService from '../resources/service.ts';
import * as usersService from '../users/service.ts';
import * as volunteersService from '../volunteers/service.ts';
import { canAnswer, canRaise } from './issue-rules.ts';
import { nameOutcomes } from './outcomes/service.ts';
import * as issuesService from './service.ts';
import { IssueDetailPage, type DetailForms } from './views/IssueDetailPage.tsx';
import { meetingLabel } from './views/meeting-label.ts';
import type { OutcomeChoices } from './views/OutcomeForms.tsx';

// Years of meetings make a select no one can use: the newest, and always those the issue already names.
const meetingsOffered = 300;

/** The council, meeting and owner choices every issue form offers; `keep` are meeting ids the form must still offer. */
export async function issueChoices(c: AppContext, keep: readonly (string | null)[] = []) {
  const ctx = serviceContext(c);
  const page = pageContext(c);
  const [councils, meetings, staff] = await Promise.all([issuesService.findCouncils(ctx), issuesService.findMeetings(ctx), usersService.findStaffNames(ctx)]);
  return {
    councils,
    meetings,
    staff,
    councilChoices: councils.map((x) => ({ value: x.id, label: x.name })),
    meetingChoices: meetings.filter((m, i) => i < meetingsOffered || keep.includes(m.id)).map((m) => ({ value: m.id, label: meetingLabel(page, m, councils) })),
    ownerChoices: staff.filter((u) => u.isActive && u.role !== 'staff').map((u) => ({ value: u.id, label: u.displayName })),
  };
}

async function outcomeChoices(c: AppContext, issue: issuesService.IssueDetail): Promise<OutcomeChoices> {
  const ctx = serviceContext(c);
  const listings = await Promise.all(issue.areaIds.map((area) => resourcesService.searchResources(ctx, { q: '', free: false, transport: false, target: '', area, perPage: 100, sort: 'reading' }, { includeDrafts: true })));
  const [events, volunteers, activities] = await Promise.all([
    eventsManagementService.findEventsForStaff(ctx, { when: 'past' }).then(async (past) => [...(await eventsManagementService.findEventsForStaff(ctx, { when: 'upcoming' })), ...past]),
    volunteersService.findVolunteers(ctx, {}),
    coordinatorActivitiesService.findActivities(ctx, { type: 'development' }).then((r) => r.activities),
  ]);
  const seen = new Set<string>();
  return {
    resources: listings.flatMap((l) => l.results).filter((r) => !seen.has(r.id) && seen.add(r.id)).map((r) => ({ value: r.id, label: r.name })),
    events: events.map((e) => ({ value: e.id, label: `${e.title}（${formatWarekiDate(e.startsAt, { locale: pageContext(c).locale })}）` })),
    volunteers: volunteers.map((v) => ({ value: v.id, label: v.name })),
    activities: activities.map((a) => ({ value: a.id, label: [formatWarekiDate(a.activityOn, { locale: pageContext(c).locale }), a.counterpart].filter(Boolean).join(' ') })),
  };
}

/** Renders the issue's staff page, with a refused form's values and messages when given. */
export async function renderIssueDetail(c: AppContext, id: string, forms: DetailForms = {}) {
  const ctx = serviceContext(c);
  const issue = await issuesService.getIssue(ctx, id);
  const manage = issuesService.canManageIssue(ctx.actor, issue.areaIds);
  const [choices, areas, helpTypes, evidence, outcomes] = await Promise.all([
    issueChoices(c, [issue.sourceMeetingId]),
    areasService.findAllAreas(ctx),
    volunteersService.findHelpTypes(ctx),
    issuesService.findEvidence(ctx, issue),
    nameOutcomes(ctx, issue.outcomes),
  ]);
  const survey = issue.sourceSurveyId ? await surveysRepository.selectSurvey(ctx.db, ctx.tenantId, issue.sourceSurveyId) : undefined;
  const page = pageContext(c);
  const holder = choices.councils.find((x) => x.id === issue.councilId);
  const may = {
    manage,
    raise: manage && canRaise(issue, holder),
    answer: canAnswer(issue) && Boolean(holder && canManageArea(ctx.actor, holder.areaId)),
  };
  const meetingById = new Map(choices.meetings.map((m) => [m.id, m]));
  const names = {
    area: (x: string) => areas.find((a) => a.id === x)?.name ?? '',
    helpType: (x: string) => helpTypes.find((h) => h.id === x)?.name ?? '',
    council: (x: string | null) => choices.councils.find((k) => k.id === x)?.name ?? '',
    meeting: (x: string | null) => (x && meetingById.get(x) ? meetingLabel(page, meetingById.get(x)!, choices.councils) : ''),
    user: (x: string) => choices.staff.find((u) => u.id === x)?.displayName ?? '',
    survey: () => survey?.title ?? '',
  };
  const empty: OutcomeChoices = { resources: [], events: [], volunteers: [], activities: [] };
  return c.html(
    <IssueDetailPage
      page={page}
      issue={issue}
      evidence={evidence}
      outcomes={outcomes}
      names={names}
      meetings={choices.meetingChoices}
      tier1Councils={choices.councils.filter((x) => x.tiers.includes(1)).map((x) => ({ value: x.id, label: x.name }))}
      may={may}
      outcomeChoices={manage ? await outcomeChoices(c, issue) : empty}
      forms={forms}
    />,
  );
}
