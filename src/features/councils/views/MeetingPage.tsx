import { CsrfField } from '../../../platform/layout/form-fields.tsx';
import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import { StaffTable } from '../../../platform/layout/StaffTable.tsx';
import { formatWarekiDate, formatWarekiDateTime } from '../../../platform/wareki/wareki.ts';
import type { MeetingRecord } from '../meetings-service.ts';
import { handoutMaxBytes } from '../vocabulary.ts';
import { meetingName, meetingWhen, memberName } from './CouncilText.tsx';

type Props = { page: PageContext; record: MeetingRecord; canManage: boolean; owners: Map<string, string> };

/** A meeting for staff: when and where, agenda, 資料, invitations, and once closed its record. */
export function MeetingPage({ page, record, canManage, owners }: Props) {
  const { t, locale } = page;
  const { meeting, council, agenda, handouts, attendance, actionItems, members } = record;
  const name = meetingName(page, meeting, council.name);
  const base = `/staff/meetings/${meeting.id}`;
  const status = new Map(attendance.map((a) => [a.memberId, a]));
  return (
    <Layout page={page} title={name} staff>
      <h1>{name}</h1>
      <dl class="facts">
        <dt>{t('councils.when')}</dt>
        <dd>{meetingWhen(page, meeting)}</dd>
        <dt>{t('councils.place')}</dt>
        <dd>{[meeting.place, meeting.onlineUrl ? `${t('councils.online')} ${meeting.onlineUrl}` : ''].filter(Boolean).join(' ／ ')}</dd>
        <dt>{t('councils.meetingStatusLabel')}</dt>
        <dd>{t(`councils.meetingStatus.${meeting.status}`)}</dd>
        <dt>{t('councils.invitations')}</dt>
        <dd>{meeting.invitationsSentAt ? t('councils.invitationsSentOn', { date: formatWarekiDateTime(meeting.invitationsSentAt, { locale }) }) : t('councils.invitationsNotSent')}</dd>
      </dl>
      <p class="actions">
        <a href={`/staff/councils/${council.id}`}>{council.name}</a>
        <a href={`${base}/minutes.pdf`}>{t('councils.minutesPdf')}</a>
        <a href={`${base}/sign-in-sheet.pdf`}>{t('councils.signInSheetPdf')}</a>
        <a href={`${base}/invitation`}>{t('councils.invitationLetter')}</a>
      </p>
      {canManage && meeting.status !== 'cancelled' ? (
        <div class="actions">
          <a class="button" href={`${base}/close`}>
            {t(meeting.status === 'closed' ? 'councils.correctRecord' : 'councils.closeMeeting')}
          </a>
          {meeting.status === 'scheduled' ? (
            <>
              <a href={`${base}/edit`}>{t('councils.editMeeting')}</a>
              <form method="post" action={`${base}/invitations`} class="inline-form">
                <CsrfField page={page} />
                <button type="submit" class="button button--secondary">
                  {t('councils.sendInvitations')}
                </button>
              </form>
              <form method="post" action={`${base}/cancel`} class="inline-form">
                <CsrfField page={page} />
                <button type="submit" class="button button--quiet">
                  {t('councils.cancelMeeting')}
                </button>
              </form>
            </>
          ) : null}
        </div>
      ) : null}

      <h2>{t('councils.agenda')}</h2>
      {agenda.length === 0 ? (
        <p>{t('councils.noAgenda')}</p>
      ) : (
        <ol class="agenda">
          {agenda
            .filter((a) => !a.parentId)
            .map((item) => (
              <li>
                {item.title}
                {item.durationMinutes ? `（${t('councils.minutesLength', { minutes: item.durationMinutes })}）` : ''}
                {item.notes ? <p class="preserve-lines">{item.notes}</p> : null}
                {agenda.some((a) => a.parentId === item.id) ? (
                  <ol>
                    {agenda
                      .filter((a) => a.parentId === item.id)
                      .map((sub) => (
                        <li>
                          {sub.title}
                          {sub.durationMinutes ? `（${t('councils.minutesLength', { minutes: sub.durationMinutes })}）` : ''}
                          {sub.notes ? <p class="preserve-lines">{sub.notes}</p> : null}
                        </li>
                      ))}
                  </ol>
                ) : null}
              </li>
            ))}
        </ol>
      )}

      <h2>{t('councils.handouts')}</h2>
      {handouts.length === 0 ? (
        <p>{t('councils.noHandouts')}</p>
      ) : (
        <ul>
          {handouts.map((h) => (
            <li>
              <a href={`${base}/handouts/${h.id}`}>{t('councils.handoutNumbered', { number: h.position, title: h.title })}</a>（{h.fileName}, {Math.ceil(h.byteSize / 1024)} KB）
              {canManage ? (
                <form method="post" action={`${base}/handouts/${h.id}/delete`} class="inline-form">
                  <CsrfField page={page} />
                  <button type="submit" class="button button--quiet">
                    {t('councils.deleteHandoutNamed', { title: h.title })}
                  </button>
                </form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canManage ? (
        <form method="post" action={`${base}/handouts`} enctype="multipart/form-data" class="stacked">
          <CsrfField page={page} />
          <div class="field">
            <label for="field-handout-title">{t('councils.handoutTitle')}</label>
            <input id="field-handout-title" name="title" required maxlength={200} />
          </div>
          <div class="field">
            <label for="field-handout-file">{t('councils.handoutFile')}</label>
            <p class="field-hint" id="hint-handout-file">
              {t('councils.handoutHint', { mb: handoutMaxBytes / 1024 / 1024 })}
            </p>
            <input id="field-handout-file" name="file" type="file" required aria-describedby="hint-handout-file" />
          </div>
          <button type="submit" class="button button--secondary">
            {t('councils.addHandout')}
          </button>
        </form>
      ) : null}

      {meeting.status === 'closed' ? (
        <>
          <h2>{t('councils.attendance')}</h2>
          <StaffTable
            rows={members}
            columns={[
              { header: t('councils.memberName'), cell: (m) => memberName(m) },
              { header: t('councils.memberRole'), cell: (m) => t(`councils.role.${m.role}`) },
              {
                header: t('councils.attendance'),
                cell: (m) => {
                  const a = status.get(m.id);
                  if (!a) return t('councils.notRecorded');
                  return a.status === 'proxy' ? t('councils.attendanceProxyNamed', { name: a.proxyName }) : t(`councils.attendanceStatus.${a.status}`);
                },
              },
            ]}
          />
          <p>{t('councils.othersAndObservers', { others: meeting.otherParticipants, observers: meeting.observers })}</p>
          {meeting.organisationsPresent ? <p class="preserve-lines">{meeting.organisationsPresent}</p> : null}
          <h2>{t('councils.minutes')}</h2>
          <p class="preserve-lines">{meeting.minutes || t('councils.none')}</p>
          <h2>{t('councils.decisions')}</h2>
          <p class="preserve-lines">{meeting.decisions || t('councils.none')}</p>
          <h2>{t('councils.actionItems')}</h2>
          <StaffTable
            rows={actionItems}
            empty={t('councils.noActionItems')}
            columns={[
              { header: t('councils.actionTitle'), cell: (a) => a.title },
              { header: t('councils.actionOwner'), cell: (a) => owners.get(a.ownerId) ?? '' },
              { header: t('councils.actionDue'), cell: (a) => (a.dueOn ? formatWarekiDate(a.dueOn, { locale }) : '') },
              { header: t('councils.actionState'), cell: (a) => (a.doneAt ? t('councils.actionDone') : t('councils.actionOpen')) },
            ]}
          />
        </>
      ) : null}
    </Layout>
  );
}
