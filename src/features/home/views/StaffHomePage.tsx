import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import type { AreaRow } from '../../areas/service.ts';
import type { FollowUpDue } from '../../help-requests/service.ts';
import { ActionItemsSection } from '../../councils/views/ActionItemsSection.tsx';
import type { ActionItemRow, MeetingRow } from '../../councils/meetings-service.ts';
import { FollowUpList } from './FollowUpList.tsx';

/** Where staff land after signing in: their areas and the menu. */
type ActionItem = ActionItemRow & { meeting: MeetingRow | undefined };

export function StaffHomePage({ page, myAreas, followUps, activitiesThisMonth = null, actionItems = [] }: { page: PageContext; myAreas: AreaRow[]; followUps: FollowUpDue[]; activitiesThisMonth?: number | null; actionItems?: ActionItem[] }) {
  const { t, actor } = page;
  return (
    <Layout page={page} title={t('staff.title')} staff>
      <h1>{t('staff.title')}</h1>
      <p>{t('staff.welcome', { name: actor?.displayName ?? '' })}</p>
      {actor?.role === 'staff' ? null : <FollowUpList page={page} followUps={followUps} />}
      <ActionItemsSection page={page} items={actionItems} />
      {actor?.role === 'coordinator' ? (
        <>
          <h2>{t('staff.yourAreas')}</h2>
          {myAreas.length ? (
            <ul>
              {myAreas.map((area) => (
                <li>
                  <a href={`/staff/areas/${area.id}`}>{area.name}</a>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('staff.noAreas')}</p>
          )}
          {activitiesThisMonth === null ? null : (
            <p>
              <a href="/staff/coordinator-activities">{t('coordinatorActivities.thisMonth', { count: activitiesThisMonth })}</a>
            </p>
          )}
        </>
      ) : null}
    </Layout>
  );
}
