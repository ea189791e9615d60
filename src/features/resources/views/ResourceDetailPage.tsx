import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import type { NeedCategoryRow, ResourceDetail } from '../service.ts';
import { IssueOriginNote } from './IssueOriginNote.tsx';
import { ResourceCard } from './ResourceCard.tsx';

/** One listing on its own page, ready to print. */
export function ResourceDetailPage({ page, resource, categories, backHref = '/resources', originIssues = [] }: { page: PageContext; resource: ResourceDetail; categories: NeedCategoryRow[]; backHref?: string; originIssues?: { id: string; title: string }[] }) {
  const { t } = page;
  return (
    <Layout page={page} title={resource.name}>
      <p class="no-print">
        <a href={backHref}>{t('resources.backToSearch')}</a>
      </p>
      <ResourceCard page={page} resource={resource} categories={categories} headingLevel={1} />
      <IssueOriginNote page={page} issues={originIssues} staff={false} />
      <p class="no-print">
        <a href={`/resources/${resource.id}/suggest`}>{t('upkeep.suggestLink')}</a>
      </p>
    </Layout>
  );
}
