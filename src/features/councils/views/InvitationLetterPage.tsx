import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import { formatWarekiDate } from '../../../platform/wareki/wareki.ts';
import type { MeetingRecord } from '../meetings-service.ts';
import { meetingName, meetingWhen, memberName } from './CouncilText.tsx';

/**
 * 開催通知 on paper, for members without mail: one letter per member, each on
 * its own printed page, with a reply slip to send back by FAX.
 */
export function InvitationLetterPage({ page, record }: { page: PageContext; record: MeetingRecord }) {
  const { t, tenant } = page;
  const { meeting, council, agenda, members } = record;
  const name = meetingName(page, meeting, council.name);
  const recipients = members.filter((m) => !m.archivedAt && !m.email);
  return (
    <Layout page={page} title={t('councils.invitationLetter')} staff>
      <h1 class="no-print">{t('councils.invitationLetter')}</h1>
      <p class="no-print">{t('councils.invitationLetterLead', { count: recipients.length })}</p>
      {recipients.map((member) => (
        <article class="letter">
          <p class="letter__date">{formatWarekiDate(page.now, { locale: page.locale })}</p>
          <p>{t('councils.letterTo', { name: memberName(member) })}</p>
          <p class="letter__from">{council.secretariat || tenant.name}</p>
          <h2>{t('councils.letterSubject', { name })}</h2>
          <p>{t('councils.letterBody')}</p>
          <dl class="facts">
            <dt>{t('councils.when')}</dt>
            <dd>{meetingWhen(page, meeting)}</dd>
            <dt>{t('councils.place')}</dt>
            <dd>{[meeting.place, meeting.onlineUrl ? t('councils.online') : ''].filter(Boolean).join(' ／ ')}</dd>
            <dt>{t('councils.agenda')}</dt>
            <dd>
              <ol>
                {agenda.filter((a) => !a.parentId).map((a) => (
                  <li>{a.title}</li>
                ))}
              </ol>
            </dd>
          </dl>
          <section class="reply-slip">
            <h3>{t('councils.replySlip', { fax: tenant.fax || '' })}</h3>
            <p>{t('councils.replySlipName', { name: memberName(member) })}</p>
            <p>{t('councils.replySlipChoice')}</p>
            <p>{t('councils.replySlipProxy')}</p>
          </section>
        </article>
      ))}
    </Layout>
  );
}
