import { z } from 'zod';
import { systemActor } from '../../platform/context/service-context.ts';
import type { JobDefinition } from '../../platform/jobs/runner.ts';
import { deliverMail, mailMessageId } from '../../platform/mail/delivery.ts';
import type { Mailer } from '../../platform/mail/mailer.ts';
import { translator } from '../../platform/i18n/i18n.ts';
import { formatWarekiSpan } from '../../platform/wareki/wareki.ts';
import { getMeeting, invitationJob, reminderJob } from './meetings-service.ts';

const payload = z.object({ meetingId: z.uuid(), memberId: z.uuid() });

/**
 * The councils' queued mails: the invitation (開催通知) and the reminder before
 * the day. A reminder for a meeting that was moved, cancelled or closed is dropped.
 */
export function councilJobs(deps: { mailer: Mailer }): JobDefinition[] {
  const t = translator('ja');
  const send = (kind: 'invitation' | 'reminder') => async ({ tenantId, payload: raw, now, db }: Parameters<JobDefinition['handler']>[0]) => {
    const { meetingId, memberId } = payload.parse(raw);
    const ctx = { db, tenantId, actor: systemActor(tenantId, '協議体'), now, requestId: 'job' };
    const record = await getMeeting(ctx, meetingId).catch(() => null);
    const member = record?.members.find((m) => m.id === memberId);
    if (!record || !member || !member.email || member.archivedAt || record.meeting.status !== 'scheduled') return;
    if (kind === 'reminder' && record.meeting.startsAt <= now) return;
    const { meeting, council, agenda } = record;
    const name = t('councils.meetingNumbered', { number: meeting.number, council: council.name }) + (meeting.title ? `「${meeting.title}」` : '');
    const lines = [
      t('councils.letterTo', { name: member.personName || member.organisationName || '' }),
      '',
      t(kind === 'invitation' ? 'councils.letterBody' : 'councils.reminderBody'),
      '',
      `${t('councils.when')}: ${formatWarekiSpan(meeting.startsAt, meeting.endsAt)}`,
      `${t('councils.place')}: ${[meeting.place, meeting.onlineUrl].filter(Boolean).join(' / ')}`,
      '',
      `${t('councils.agenda')}:`,
      ...agenda.filter((a) => !a.parentId).map((a, i) => `${i + 1}. ${a.title}`),
      '',
      council.secretariat,
    ];
    // Named as the job is queued: one invitation per member, one reminder per member and date.
    const key = kind === 'invitation' ? `${invitationJob}:${meeting.id}:${member.id}` : `${reminderJob}:${meeting.id}:${member.id}:${meeting.startsAt.toISOString()}`;
    const mail = { to: member.email, subject: t(kind === 'invitation' ? 'councils.invitationSubject' : 'councils.reminderSubject', { name }), text: lines.join('\n') };
    await deliverMail(db, tenantId, deps.mailer, { ...mail, messageId: mailMessageId(tenantId, key) }, now);
  };
  return [
    { name: invitationJob, handler: send('invitation') },
    { name: reminderJob, handler: send('reminder') },
  ];
}
