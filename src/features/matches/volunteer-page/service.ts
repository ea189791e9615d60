import { recordAudit } from '../../../platform/audit/audit.ts';
import { canManageArea } from '../../../platform/auth/permissions.ts';
import { systemActor, type ServiceContext } from '../../../platform/context/service-context.ts';
import { Forbidden, NotFound } from '../../../platform/errors/app-error.ts';
import * as areasService from '../../areas/service.ts';
import * as helpRequestsService from '../../help-requests/service.ts';
import * as volunteersService from '../../volunteers/service.ts';
import * as repository from '../repository.ts';
import { addActivity, recordAnswer, type MatchRow } from '../service.ts';
import type { ActivityInput, RespondInput } from '../validation.ts';
import { createVolunteerToken, readVolunteerToken } from '../volunteer-link.ts';

export type Assignment = {
  match: MatchRow;
  helpTypeName: string;
  districtName: string;
  // Only once they have accepted: whom to meet and where.
  residentFirstName: string;
  meetingPoint: string;
  description: string;
};

export type VolunteerPage = { volunteerName: string; assignments: Assignment[] };

/** A coordinator (of the volunteer's area) or admin gets the volunteer's personal link to pass on. */
export async function volunteerLinkFor(ctx: ServiceContext, secret: string, baseUrl: string, volunteerId: string): Promise<string> {
  const volunteer = await volunteersService.findVolunteerForLink(ctx, volunteerId);
  if (!volunteer) throw new NotFound();
  if (!canManageArea(ctx.actor, volunteer.areaId)) throw new Forbidden();
  await recordAudit(ctx, ctx.db, { action: 'issue_link', entityType: 'volunteer', entityId: volunteerId });
  return `${baseUrl}/v/${createVolunteerToken(secret, ctx.tenantId, volunteerId, volunteer.linkVersion, ctx.now)}`;
}

// The link is the permission: a good signature, not expired, not revoked (version), not withdrawn.
async function volunteerOfLink(ctx: ServiceContext, secret: string, token: string) {
  const read = readVolunteerToken(secret, ctx.tenantId, token, ctx.now);
  const volunteer = read ? await volunteersService.findVolunteerForLink(ctx, read.volunteerId) : undefined;
  if (!read || !volunteer || volunteer.linkVersion !== read.version || volunteer.status === 'withdrawn') throw new NotFound('link_invalid', 'matching.linkInvalid');
  return { volunteer, ctx: { ...ctx, actor: systemActor(ctx.tenantId, `ボランティア本人（${volunteer.name}）`) } };
}

/** What the volunteer's own page shows: their open assignments, with the resident's first name and meeting point only once accepted. */
export async function openVolunteerPage(ctx: ServiceContext, secret: string, token: string): Promise<VolunteerPage> {
  const { volunteer } = await volunteerOfLink(ctx, secret, token);
  const matches = await repository.selectMatchesOfVolunteer(ctx.db, ctx.tenantId, volunteer.id);
  const [requests, helpTypes, districts] = await Promise.all([
    helpRequestsService.findRequestsForVolunteerPage(ctx, matches.map((m) => m.helpRequestId)),
    volunteersService.findHelpTypes(ctx),
    areasService.findDistricts(ctx),
  ]);
  const byId = new Map(requests.map((r) => [r.id, r]));
  const assignments = matches.map((match) => {
    const request = byId.get(match.helpRequestId)!;
    const accepted = match.status === 'accepted';
    return {
      match,
      helpTypeName: helpTypes.find((h) => h.id === request.helpTypeId)?.name ?? '',
      districtName: districts.find((d) => d.id === request.districtId)?.name ?? '',
      residentFirstName: accepted ? request.residentFirstName : '',
      meetingPoint: accepted ? request.meetingPoint : '',
      description: accepted ? request.description : '',
    };
  });
  return { volunteerName: volunteer.name.split(/[\s　]+/)[0] ?? volunteer.name, assignments };
}

async function matchOfLink(ctx: ServiceContext, secret: string, token: string, matchId: string) {
  const { volunteer, ctx: asVolunteer } = await volunteerOfLink(ctx, secret, token);
  const match = await repository.selectMatch(ctx.db, ctx.tenantId, matchId);
  if (!match || match.volunteerId !== volunteer.id) throw new NotFound();
  return { match, asVolunteer };
}

/** The volunteer accepts or declines on their own link. */
export async function answerOnLink(ctx: ServiceContext, secret: string, token: string, matchId: string, input: RespondInput): Promise<void> {
  const { match, asVolunteer } = await matchOfLink(ctx, secret, token, matchId);
  await recordAnswer(asVolunteer, match, input, 'volunteer');
}

/** The volunteer records what they did; it waits for the coordinator's confirmation. */
export async function recordActivityOnLink(ctx: ServiceContext, secret: string, token: string, matchId: string, input: ActivityInput): Promise<void> {
  const { match, asVolunteer } = await matchOfLink(ctx, secret, token, matchId);
  await addActivity(asVolunteer, match, input, 'volunteer');
}
