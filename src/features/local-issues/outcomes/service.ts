import type { Database } from '../../../db/client.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { assertRole } from '../../../platform/auth/permissions.ts';
import type { ServiceContext } from '../../../platform/context/service-context.ts';
import { Invalid, NotFound } from '../../../platform/errors/app-error.ts';
import * as coordinatorActivitiesService from '../../coordinator-activities/service.ts';
import * as eventsManagementService from '../../events/management/service.ts';
import * as resourcesService from '../../resources/service.ts';
import * as volunteersService from '../../volunteers/service.ts';
import * as repository from '../repository.ts';
import type { IssueOutcomeRow, LocalIssueRow } from '../repository.ts';
import { getIssueToManage } from '../service.ts';
import type { OutcomeInput } from '../validation.ts';

/** An outcome with what to call it: the listing's or training's name, the volunteer's for those who may see volunteers, the activity's day and counterpart. */
export type NamedOutcome = IssueOutcomeRow & { label: string; staffHref: string | null; publicHref: string | null };

// The linked record must exist in this tenant and, for a volunteer or an activity, be one the actor may see.
async function checkTarget(ctx: ServiceContext, input: OutcomeInput): Promise<void> {
  const refuse = (path: string, message = 'validation.choice') => {
    throw new Invalid([{ path, message }]);
  };
  if (input.kind === 'listing_created' || input.kind === 'listing_changed') await resourcesService.getResource(ctx, input.resourceId!, { includeDrafts: true }).catch(() => refuse('resourceId'));
  if (input.kind === 'training') await eventsManagementService.getEventForStaff(ctx, input.eventId!).catch(() => refuse('eventId'));
  if (input.kind === 'volunteer') await volunteersService.getVolunteer(ctx, input.volunteerId!).catch(() => refuse('volunteerId'));
  if (input.kind === 'activity') {
    const activity = await coordinatorActivitiesService.getActivity(ctx, input.activityId!).catch(() => refuse('activityId'));
    if (activity && !activity.types.includes('development')) refuse('activityId', 'localIssues.activityNotDevelopment');
  }
}

/** Records what was built for the issue (資源開発): a listing, a training, a volunteer or a coordinator activity. */
export async function addOutcome(ctx: ServiceContext, issueId: string, input: OutcomeInput): Promise<IssueOutcomeRow> {
  await getIssueToManage(ctx, issueId);
  await checkTarget(ctx, input);
  const onlyTarget = {
    resourceId: input.kind === 'listing_created' || input.kind === 'listing_changed' ? input.resourceId : null,
    eventId: input.kind === 'training' ? input.eventId : null,
    volunteerId: input.kind === 'volunteer' ? input.volunteerId : null,
    activityId: input.kind === 'activity' ? input.activityId : null,
  };
  return ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    const row = await repository.insertOutcome(db, ctx.tenantId, { issueId, kind: input.kind, ...onlyTarget, note: input.note, achievedOn: input.achievedOn, createdBy: ctx.actor!.id, createdAt: ctx.now });
    await recordAudit(ctx, db, { action: 'create', entityType: 'local_issue_outcome', entityId: row.id, after: row });
    return row;
  });
}

/** Removes an outcome recorded by mistake; the audit row keeps it. */
export async function removeOutcome(ctx: ServiceContext, issueId: string, outcomeId: string): Promise<void> {
  await getIssueToManage(ctx, issueId);
  await ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    const before = await repository.deleteOutcomeRow(db, ctx.tenantId, issueId, outcomeId);
    if (!before) throw new NotFound();
    await recordAudit(ctx, db, { action: 'delete', entityType: 'local_issue_outcome', entityId: outcomeId, before });
  });
}

/** Names each outcome for the issue's page; volunteers are named only to those who manage volunteers, never on public pages. */
export async function nameOutcomes(ctx: ServiceContext, outcomes: IssueOutcomeRow[], options: { forPublic?: boolean } = {}): Promise<NamedOutcome[]> {
  const canSeeVolunteers = !options.forPublic && (ctx.actor?.role === 'admin' || ctx.actor?.role === 'coordinator');
  const volunteerIds = outcomes.flatMap((o) => (o.volunteerId ? [o.volunteerId] : []));
  const volunteers = canSeeVolunteers && volunteerIds.length ? await volunteersService.findVolunteersByIds(ctx, volunteerIds) : [];
  return Promise.all(
    outcomes.map(async (o): Promise<NamedOutcome> => {
      if (o.resourceId) {
        const listing = await resourcesService.getResource(ctx, o.resourceId, { includeDrafts: !options.forPublic }).catch(() => null);
        return { ...o, label: listing?.name ?? '', staffHref: `/staff/resources/${o.resourceId}`, publicHref: listing ? `/resources/${o.resourceId}` : null };
      }
      if (o.eventId) {
        const shown = await eventsManagementService.getPublicEventWithSessions(ctx, o.eventId).catch(() => null);
        const event = shown ?? (options.forPublic ? null : await eventsManagementService.getEventForStaff(ctx, o.eventId).catch(() => null));
        return { ...o, label: event?.event.title ?? '', staffHref: `/staff/events/${o.eventId}`, publicHref: shown ? `/events/${o.eventId}` : null };
      }
      if (o.volunteerId) return { ...o, label: volunteers.find((v) => v.id === o.volunteerId)?.name ?? '', staffHref: canSeeVolunteers ? `/staff/volunteers/${o.volunteerId}` : null, publicHref: null };
      const activity = canSeeVolunteers && o.activityId ? await coordinatorActivitiesService.getActivity(ctx, o.activityId).catch(() => null) : null;
      return { ...o, label: activity ? [activity.activityOn, activity.counterpart].filter(Boolean).join(' ') : '', staffHref: activity ? `/staff/coordinator-activities/${activity.id}/edit` : null, publicHref: null };
    }),
  );
}

/** The issues a listing was created or changed for: staff see all, the public only public ones. */
export async function findIssuesOfResource(ctx: ServiceContext, resourceId: string, options: { publicOnly: boolean }): Promise<LocalIssueRow[]> {
  if (!options.publicOnly) assertRole(ctx, 'admin', 'coordinator', 'staff');
  const rows = await repository.selectIssuesOfResource(ctx.db, ctx.tenantId, resourceId);
  return options.publicOnly ? rows.filter((r) => r.isPublic) : rows;
}
