import { Layout } from '../../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../../platform/layout/page-context.ts';
import type { AreaRow } from '../../../areas/service.ts';
import type { PublicIssue, PublicNames } from '../service.ts';
import { PublicIssueCard } from './PublicIssueCard.tsx';

/** One public issue on its own page (a listing built for it links here). */
export function PublicIssuePage({ page, issue, areas, names }: { page: PageContext; issue: PublicIssue; areas: AreaRow[]; names: PublicNames }) {
  const { t } = page;
  return (
    <Layout page={page} title={issue.title}>
      <ul class="no-print">
        {areas.map((a) => (
          <li>
            <a href={`/areas/${a.id}/community`}>{t('localIssues.community.title', { area: a.name })}</a>
          </li>
        ))}
      </ul>
      <PublicIssueCard page={page} issue={issue} names={names} headingLevel={1} />
    </Layout>
  );
}
