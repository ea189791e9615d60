import { z } from 'zod';
import { isoDate, optionalText, requiredText, uuidParam } from '../../platform/validation/fields.ts';
import { issueSources, issueStatuses, outcomeKinds } from './vocabulary.ts';

// A checkbox group arrives as nothing, one string or several.
function idList(requiredMessage: string) {
  return z
    .preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(z.string()).min(1, { error: requiredMessage }))
    .refine((v) => v.every((id) => uuidParam.safeParse(id).success), { error: 'validation.choice' })
    .transform((v) => [...new Set(v)]);
}

const optionalId = z
  .union([z.literal(''), uuidParam])
  .optional()
  .transform((v) => v || null);

const checkbox = z
  .union([z.literal('on'), z.literal('true'), z.literal(''), z.boolean()])
  .optional()
  .transform((v) => v === 'on' || v === 'true' || v === true);

// Empty means "the status's usual value"; else a whole number 0–100.
const optionalPercent = z
  .union([z.string(), z.number()])
  .optional()
  .transform((v) => (v === undefined ? '' : String(v).normalize('NFKC').trim()))
  .transform((s) => (s === '' ? null : Number(s)))
  .refine((v) => v === null || (Number.isInteger(v) && v >= 0 && v <= 100), { error: 'localIssues.progressRange' });

/** The register's new/edit form (and the API body): what the issue is, where, from where, and who holds it. */
export const issueInput = z.object({
  title: requiredText({ max: 200 }),
  description: optionalText({ max: 4000, multiline: true }),
  areaIds: idList('localIssues.areasRequired'),
  helpTypeIds: z
    .preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(uuidParam))
    .transform((v) => [...new Set(v)]),
  source: z.enum(issueSources, { error: 'validation.choice' }),
  sourceMeetingId: optionalId,
  sourceSurveyId: optionalId,
  councilId: optionalId,
  ownerId: optionalId,
  status: z.enum(issueStatuses, { error: 'validation.choice' }).optional().default('identified'),
  progress: optionalPercent,
  raisedOn: isoDate,
  isPublic: checkbox,
  // Ticked after the warning that the text looks like it holds a phone number or an address.
  confirmNoPersonalData: checkbox,
  // The version the form was loaded at: a save over someone else's newer one is refused.
  version: z.coerce.number().int().min(1).optional(),
});
export type IssueInput = z.infer<typeof issueInput>;

/** A timeline entry: what happened, when, at which meeting, and the status it left. */
export const updateInput = z.object({
  happenedOn: isoDate,
  body: requiredText({ max: 2000, multiline: true }),
  meetingId: optionalId,
  status: z.union([z.literal(''), z.enum(issueStatuses)]).optional().transform((v) => v || null),
  progress: optionalPercent,
  confirmNoPersonalData: checkbox,
  version: z.coerce.number().int().min(1),
});
export type UpdateInput = z.infer<typeof updateInput>;

/** Raising to the 第1層 council, or answering back: the words of it and the day. */
export const escalationInput = z.object({
  happenedOn: isoDate,
  body: requiredText({ max: 2000, multiline: true }),
  councilId: optionalId,
  meetingId: optionalId,
  version: z.coerce.number().int().min(1),
});
export type EscalationInput = z.infer<typeof escalationInput>;

/** One thing built for the issue: a listing, a training, a volunteer or a 資源開発 activity. */
export const outcomeInput = z
  .object({
    kind: z.enum(outcomeKinds, { error: 'validation.choice' }),
    resourceId: optionalId,
    eventId: optionalId,
    volunteerId: optionalId,
    activityId: optionalId,
    note: optionalText({ max: 500 }),
    achievedOn: isoDate,
  })
  .superRefine((v, ctx) => {
    const field = v.kind === 'training' ? 'eventId' : v.kind === 'volunteer' ? 'volunteerId' : v.kind === 'activity' ? 'activityId' : 'resourceId';
    if (!v[field]) ctx.addIssue({ code: 'custom', path: [field], message: 'localIssues.outcomeTargetRequired' });
  });
export type OutcomeInput = z.infer<typeof outcomeInput>;

/** The register's filters; a bad value is ignored rather than refused. */
export const issueListQuery = z.object({
  status: z.union([z.literal(''), z.enum(issueStatuses)]).optional().catch(''),
  areaId: z.union([z.literal(''), uuidParam]).optional().catch(''),
  helpTypeId: z.union([z.literal(''), uuidParam]).optional().catch(''),
  councilId: z.union([z.literal(''), uuidParam]).optional().catch(''),
});
export type IssueListQuery = z.infer<typeof issueListQuery>;
