import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import { formatWarekiDate } from '../../../platform/wareki/wareki.ts';
import type { CouncilMemberRow, CouncilRow, CouncilTermRow } from '../service.ts';
import { termName, termText } from './CouncilText.tsx';

/** 委員名簿: the current members as a printable list (no contact details: it is handed out at meetings). */
export function RosterPage({ page, council, members, memberTypes }: { page: PageContext; council: CouncilRow; members: CouncilMemberRow[]; memberTypes: CouncilTermRow[] }) {
  const { t } = page;
  const title = t('councils.rosterTitle', { name: council.name });
  return (
    <Layout page={page} title={title} staff>
      <h1>{title}</h1>
      <p>{t('councils.rosterAsOf', { date: formatWarekiDate(page.now, { locale: page.locale }) })}</p>
      <p class="no-print">
        <a href={`/staff/councils/${council.id}`}>{t('councils.backToCouncil')}</a>
      </p>
      <div class="table-wrap">
        <table class="print-table">
          <thead>
            <tr>
              <th scope="col">{t('councils.number')}</th>
              <th scope="col">{t('councils.memberRole')}</th>
              <th scope="col">{t('councils.personName')}</th>
              <th scope="col">{t('councils.organisationName')}</th>
              <th scope="col">{t('councils.memberType')}</th>
              <th scope="col">{t('councils.term')}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((m, i) => (
              <tr>
                <td>{i + 1}</td>
                <td>{t(`councils.role.${m.role}`)}</td>
                <td>{m.personName}</td>
                <td>{m.organisationName ?? ''}</td>
                <td>{termName(memberTypes, m.memberTypeId)}</td>
                <td>{termText(page, m)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="no-print">{t('councils.printHint')}</p>
    </Layout>
  );
}
