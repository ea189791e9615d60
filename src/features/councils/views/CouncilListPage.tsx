import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import { StaffTable } from '../../../platform/layout/StaffTable.tsx';
import type { AreaRow } from '../../areas/service.ts';
import type { MeetingRow } from '../meetings-service.ts';
import type { CouncilRow, CouncilTermRow } from '../service.ts';
import { meetingWhen, termName, tiersText } from './CouncilText.tsx';

type Props = { page: PageContext; councils: CouncilRow[]; kinds: CouncilTermRow[]; areas: AreaRow[]; nextMeetings: Map<string, MeetingRow> };

/** Every council of the tenant with its kind, area, what is public, and its next meeting. */
export function CouncilListPage({ page, councils, kinds, areas, nextMeetings }: Props) {
  const { t } = page;
  const areaName = new Map(areas.map((a) => [a.id, a.name]));
  return (
    <Layout page={page} title={t('councils.title')} staff>
      <h1>{t('councils.title')}</h1>
      <p>{t('councils.lead')}</p>
      {page.actor?.role !== 'staff' ? (
        <p class="actions">
          <a class="button" href="/staff/councils/new">
            {t('councils.new')}
          </a>
          {page.actor?.role === 'admin' ? <a href="/staff/council-terms">{t('councils.termsTitle')}</a> : null}
        </p>
      ) : null}
      <StaffTable
        rows={councils}
        empty={t('councils.empty')}
        columns={[
          { header: t('councils.name'), cell: (c) => <a href={`/staff/councils/${c.id}`}>{c.name}</a> },
          { header: t('councils.kind'), cell: (c) => termName(kinds, c.kindId) },
          { header: t('councils.area'), cell: (c) => `${areaName.get(c.areaId) ?? ''}（${tiersText(page, c.tiers)}）` },
          { header: t('councils.publicity'), cell: (c) => [c.meetingsPublic ? t('councils.meetingsPublicShort') : '', c.minutesPublic ? t('councils.minutesPublicShort') : ''].filter(Boolean).join('・') || t('councils.notPublic') },
          { header: t('councils.nextMeeting'), cell: (c) => (nextMeetings.get(c.id) ? meetingWhen(page, nextMeetings.get(c.id)!) : t('councils.noNextMeeting')) },
        ]}
      />
    </Layout>
  );
}
