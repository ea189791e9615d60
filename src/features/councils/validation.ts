import { z } from 'zod';
import { japanesePhoneSchema } from '../../platform/contact-format/phone.ts';
import { emailAddress, emptyOr, isoDate, optionalIsoDate, optionalText, requiredText, uuidParam } from '../../platform/validation/fields.ts';
import { japanDateTimeToInstant } from '../../platform/wareki/japan-time.ts';
import { attendanceStatuses, memberRoles, termLists } from './vocabulary.ts';

const checkbox = z
  .union([z.literal('1'), z.literal('on'), z.literal('')])
  .optional()
  .transform((v) => v === '1' || v === 'on');

// A stored entry's id, or `code:<code>` for an entry of the usual list not stored yet.
const termChoice = z.string({ error: 'validation.choice' }).regex(/^(code:[a-z0-9_]{1,40}|[0-9a-f-]{36})$/, { error: 'validation.choice' });

const tierList = z
  .preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(z.enum(['1', '2'], { error: 'validation.choice' })))
  .transform((v) => [...new Set(v)].map(Number).sort());

export const councilInput = z.object({
  name: requiredText({ max: 100 }),
  kindId: termChoice,
  areaId: uuidParam,
  tiers: tierList,
  secretariat: optionalText({ max: 200 }),
  description: optionalText({ max: 2000, multiline: true }),
  meetingsPublic: checkbox,
  minutesPublic: checkbox,
});
export type CouncilInput = z.infer<typeof councilInput>;

export const memberInput = z.object({
  personName: optionalText({ max: 100 }),
  organisationName: optionalText({ max: 200 }),
  memberTypeId: termChoice,
  role: z.enum(memberRoles, { error: 'validation.choice' }),
  email: emptyOr(emailAddress),
  fax: emptyOr(japanesePhoneSchema),
  termStart: isoDate,
  termEnd: optionalIsoDate,
});
export type MemberInput = z.infer<typeof memberInput>;

export const memberLeaveInput = z.object({ leftOn: isoDate });

export const termInput = z.object({ list: z.enum(termLists, { error: 'validation.choice' }), name: requiredText({ max: 60 }) });
export type TermInput = z.infer<typeof termInput>;

const clock = z
  .string({ error: 'validation.time' })
  .transform((s) => s.normalize('NFKC').trim())
  .pipe(z.string().regex(/^([01]?\d|2[0-3]):[0-5]\d$/, { error: 'validation.time' }));

/** Scheduling a meeting: a Japan date with start and end times, a place and/or an online link, the agenda as typed. */
export const meetingInput = z
  .object({
    title: optionalText({ max: 200 }),
    heldOn: isoDate,
    startTime: clock,
    endTime: clock,
    place: optionalText({ max: 200 }),
    onlineUrl: emptyOr(z.url({ protocol: /^https?$/, error: 'councils.onlineUrlInvalid' }).max(500)),
    eventId: z
      .union([z.literal(''), uuidParam])
      .optional()
      .transform((v) => v || null),
    agenda: optionalText({ max: 5000, multiline: true }),
  })
  .transform((v, ctx) => {
    const startsAt = japanDateTimeToInstant(`${v.heldOn}T${v.startTime.padStart(5, '0')}`);
    const endsAt = japanDateTimeToInstant(`${v.heldOn}T${v.endTime.padStart(5, '0')}`);
    if (!startsAt || !endsAt) {
      ctx.addIssue({ code: 'custom', path: ['heldOn'], message: 'validation.date' });
      return z.NEVER;
    }
    if (endsAt <= startsAt) {
      ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'councils.endBeforeStart' });
      return z.NEVER;
    }
    if (!v.place && !v.onlineUrl) {
      ctx.addIssue({ code: 'custom', path: ['place'], message: 'councils.placeRequired' });
      return z.NEVER;
    }
    return { title: v.title, startsAt, endsAt, place: v.place, onlineUrl: v.onlineUrl, eventId: v.eventId, agenda: v.agenda };
  });
export type MeetingInput = z.infer<typeof meetingInput>;

const count = z
  .string()
  .optional()
  .transform((s) => (s ?? '').normalize('NFKC').trim())
  .refine((s) => /^\d{0,6}$/.test(s), { error: 'validation.number' })
  .transform((s) => (s === '' ? 0 : Number(s)));

export const actionRowCount = 3;

/**
 * Closing a meeting. Attendance arrives as `attendance.<memberId>` and
 * `proxy.<memberId>`; action items as numbered rows; `version` is the record
 * the person started from, so a save over someone else's is refused.
 */
export const closingInput = z
  .record(z.string(), z.union([z.string(), z.array(z.string())]))
  .transform((body) => Object.fromEntries(Object.entries(body).map(([k, v]) => [k, Array.isArray(v) ? (v[0] ?? '') : v])))
  .pipe(
    z
      .object({
      version: z.string({ error: 'validation.invalid' }).regex(/^\d{1,9}$/, { error: 'validation.invalid' }).transform(Number),
      otherParticipants: count,
      observers: count,
      organisationsPresent: optionalText({ max: 2000, multiline: true }),
      minutes: optionalText({ max: 50_000, multiline: true }),
      decisions: optionalText({ max: 10_000, multiline: true }),
      })
      .catchall(z.string()),
  )
  .transform((v, ctx) => {
    const attendance: { memberId: string; status: (typeof attendanceStatuses)[number]; proxyName: string }[] = [];
    for (const [key, value] of Object.entries(v)) {
      const memberId = /^attendance\.([0-9a-f-]{36})$/.exec(key)?.[1];
      if (!memberId || value === '') continue;
      if (!(attendanceStatuses as readonly string[]).includes(String(value))) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'validation.choice' });
        continue;
      }
      const proxyName = String(v[`proxy.${memberId}`] ?? '').trim().slice(0, 100);
      if (value === 'proxy' && !proxyName) ctx.addIssue({ code: 'custom', path: [`proxy.${memberId}`], message: 'councils.proxyNameRequired' });
      attendance.push({ memberId, status: value as (typeof attendanceStatuses)[number], proxyName: value === 'proxy' ? proxyName : '' });
    }
    const actionItems: { title: string; ownerId: string; dueOn: string | null }[] = [];
    for (let i = 0; i < actionRowCount; i++) {
      const title = String(v[`action.${i}.title`] ?? '').trim();
      const ownerId = String(v[`action.${i}.ownerId`] ?? '');
      const dueOn = String(v[`action.${i}.dueOn`] ?? '').normalize('NFKC').trim();
      if (!title && !dueOn) continue;
      if (!title || title.length > 200) ctx.addIssue({ code: 'custom', path: [`action.${i}.title`], message: 'validation.required' });
      if (!/^[0-9a-f-]{36}$/.test(ownerId)) ctx.addIssue({ code: 'custom', path: [`action.${i}.ownerId`], message: 'councils.actionOwnerRequired' });
      if (dueOn && !z.iso.date().safeParse(dueOn).success) ctx.addIssue({ code: 'custom', path: [`action.${i}.dueOn`], message: 'validation.date' });
      actionItems.push({ title, ownerId, dueOn: dueOn || null });
    }
    const agendaNotes: Record<string, string> = {};
    for (const [key, value] of Object.entries(v)) {
      const itemId = /^agendaNotes\.([0-9a-f-]{36})$/.exec(key)?.[1];
      if (itemId) agendaNotes[itemId] = String(value).trim().slice(0, 10_000);
    }
    return {
      version: v.version,
      otherParticipants: v.otherParticipants,
      observers: v.observers,
      organisationsPresent: v.organisationsPresent,
      minutes: v.minutes,
      decisions: v.decisions,
      attendance,
      actionItems,
      agendaNotes,
    };
  });
export type ClosingInput = z.infer<typeof closingInput>;

export const handoutInput = z.object({ title: requiredText({ max: 200 }) });
