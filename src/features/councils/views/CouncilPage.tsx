import { CsrfField } from '../../../platform/layout/form-fields.tsx';
import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import { StaffTable } from '../../../platform/layout/StaffTable.tsx';
import type { AreaRow } from '../../areas/service.ts';
import type { MeetingRow } from '../meetings-service.ts';
import type { CouncilMemberRow, CouncilRow, CouncilTermRow } from '../service.ts';
import { meetingName, meetingWhen, memberName, termName, termText, tiersText } from './CouncilText.tsx';

type Props = {
  page: PageContext;
  council: CouncilRow;
  kinds: CouncilTermRow[];
  memberTypes: CouncilTermRow[];
  area: AreaRow | undefined;
  members: CouncilMemberRow[];
  meetings: MeetingRow[];
  canManage: boolean;
};

/** A council: what it is, its members (current, then those who left), and its meetings. */
export function CouncilPage({ page, council, kinds, memberTypes, area, members, meetings, canManage }: Props) {
  const { t } = page;
  const current = members.filter((m) => !m.archivedAt);
  const former = members.filter((m) => m.archivedAt);
  const memberColumns = [
    { header: t('councils.memberRole'), cell: (m: CouncilMemberRow) => t(`councils.role.${m.role}`) },
    { header: t('councils.memberName'), cell: (m: CouncilMemberRow) => memberName(m) },
    { header: t('councils.memberType'), cell: (m: CouncilMemberRow) => termName(memberTypes, m.memberTypeId) },
    { header: t('councils.term'), cell: (m: CouncilMemberRow) => termText(page, m) },
    { header: t('councils.contact'), cell: (m: CouncilMemberRow) => (m.email ? t('councils.byMail') : m.fax ? t('councils.byFax') : t('councils.byPost')) },
    ...(canManage ? [{ header: t('form.actions'), cell: (m: CouncilMemberRow) => <a href={`/staff/councils/${council.id}/members/${m.id}/edit`}>{t('councils.editMemberNamed', { name: memberName(m) })}</a> }] : []),
  ];
  return (
    <Layout page={page} title={council.name} staff>
      <h1>{council.name}</h1>
      <dl class="facts">
        <dt>{t('councils.kind')}</dt>
        <dd>{termName(kinds, council.kindId)}</dd>
        <dt>{t('councils.area')}</dt>
        <dd>{`${area?.name ?? ''}（${tiersText(page, council.tiers)}）`}</dd>
        <dt>{t('councils.secretariat')}</dt>
        <dd>{council.secretariat || t('councils.none')}</dd>
        <dt>{t('councils.publicity')}</dt>
        <dd>
          {t(council.meetingsPublic ? 'councils.meetingsPublic' : 'councils.meetingsInternal')}
          <br />
          {t(council.minutesPublic ? 'councils.minutesPublic' : 'councils.minutesInternal')}
        </dd>
      </dl>
      {council.description ? <p class="preserve-lines">{council.description}</p> : null}
      {canManage ? (
        <p class="actions">
          <a class="button" href={`/staff/councils/${council.id}/meetings/new`}>
            {t('councils.scheduleMeeting')}
          </a>
          <a href={`/staff/councils/${council.id}/edit`}>{t('councils.editCouncil')}</a>
        </p>
      ) : null}

      <h2>{t('councils.meetings')}</h2>
      <StaffTable
        rows={meetings}
        empty={t('councils.noMeetings')}
        columns={[
          { header: t('councils.meeting'), cell: (m) => <a href={`/staff/meetings/${m.id}`}>{meetingName(page, m, council.name)}</a> },
          { header: t('councils.when'), cell: (m) => meetingWhen(page, m) },
          { header: t('councils.place'), cell: (m) => [m.place, m.onlineUrl ? t('councils.online') : ''].filter(Boolean).join('・') },
          { header: t('councils.meetingStatusLabel'), cell: (m) => t(`councils.meetingStatus.${m.status}`) },
        ]}
      />

      <h2>{t('councils.members')}</h2>
      <p class="actions">
        {canManage ? (
          <a class="button button--secondary" href={`/staff/councils/${council.id}/members/new`}>
            {t('councils.addMember')}
          </a>
        ) : null}
        <a href={`/staff/councils/${council.id}/roster`}>{t('councils.printRoster')}</a>
      </p>
      <StaffTable rows={current} empty={t('councils.noMembers')} columns={memberColumns} />
      {former.length ? (
        <>
          <h3>{t('councils.formerMembers')}</h3>
          <StaffTable rows={former} columns={memberColumns} />
        </>
      ) : null}
    </Layout>
  );
}

/** The leave form of one member term, on its edit page. */
export function MemberLeaveForm({ page, council, member }: { page: PageContext; council: CouncilRow; member: CouncilMemberRow }) {
  const { t } = page;
  return (
    <form method="post" action={`/staff/councils/${council.id}/members/${member.id}/leave`} class="stacked" novalidate>
      <CsrfField page={page} />
      <h2>{t('councils.memberLeaves')}</h2>
      <p>{t('councils.memberLeavesHint')}</p>
      <div class="field">
        <label for="field-leftOn">{t('councils.leftOn')}</label>
        <input id="field-leftOn" type="date" name="leftOn" required value={member.termEnd ?? ''} />
      </div>
      <button type="submit" class="button button--secondary">
        {t('councils.memberLeavesButton')}
      </button>
    </form>
  );
}
