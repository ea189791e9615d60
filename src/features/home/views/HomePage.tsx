import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import { formatWarekiDate } from '../../../platform/wareki/wareki.ts';

/** The public front page. */
export function HomePage({ page, areaCount }: { page: PageContext; areaCount: number }) {
  const { t, tenant } = page;
  return (
    <Layout page={page} title={t('nav.home')}>
      <h1>{t('home.title', { tenant: tenant.name || t('app.name') })}</h1>
      <p class="lead">{t('home.lead')}</p>
      <p>{t('home.today', { date: formatWarekiDate(page.now, { weekday: true, locale: page.locale }) })}</p>
      {areaCount > 0 ? (
        <p>
          <a class="button" href="/areas">
            {t('home.areasLink')}
          </a>
        </p>
      ) : null}
      <p>{t('home.consult')}</p>
      <p>
        <a href="/help/request">{t('helpRequests.publicLink')}</a>
      </p>
      <p>
        <a href="/volunteers/apply">{t('volunteers.applyLink')}</a>
      </p>
    </Layout>
  );
}
