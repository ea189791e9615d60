import type { AuditEntry } from '../../../platform/audit/audit.ts';
import { CsrfField, type FormState } from '../../../platform/layout/form-fields.tsx';
import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import { formatWarekiDateTime } from '../../../platform/wareki/wareki.ts';
import type { AreaWithDistricts } from '../../areas/service.ts';
import type { ListedResourceRow, NeedCategoryRow, ResourceRow } from '../service.ts';
import { confirmedText } from '../listing-text.ts';
import { IssueOriginNote } from './IssueOriginNote.tsx';
import { ResourceForm } from './ResourceForm.tsx';

type Props = {
  page: PageContext;
  resource: ListedResourceRow | null;
  form: FormState;
  categories: NeedCategoryRow[];
  areas: AreaWithDistricts[];
  duplicates?: ResourceRow[];
  history?: AuditEntry[];
  /** The local issues this listing was built or changed for (資源開発). */
  originIssues?: { id: string; title: string }[];
};

/** Add or edit a listing; for a saved one also confirm, archive, and its history. */
export function ResourceEditPage({ page, resource, form, categories, areas, duplicates = [], history = [], originIssues = [] }: Props) {
  const { t } = page;
  const title = resource ? `${t('resources.edit')}: ${resource.name}` : t('resources.new');
  return (
    <Layout page={page} title={title} staff>
      <h1>{title}</h1>
      <IssueOriginNote page={page} issues={originIssues} staff />
      {duplicates.length ? (
        <div class="notice" role="status">
          <p>{t('resources.possibleDuplicates')}</p>
          <ul>
            {duplicates.map((d) => (
              <li>
                <a href={`/staff/resources/${d.id}`}>{d.name}</a> {d.phone}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {resource ? (
        <div class="actions">
          <span>{confirmedText(page, resource)}</span>
          <form method="post" action={`/staff/resources/${resource.id}/confirm`} class="inline-form">
            <CsrfField page={page} />
            <button type="submit">{t('resources.confirm')}</button>
          </form>
          <form method="post" action={`/staff/resources/${resource.id}/archive`} class="inline-form">
            <CsrfField page={page} />
            <button type="submit" class="button button--secondary">
              {t('resources.archive')}
            </button>
          </form>
          <form method="post" action={`/staff/resources/${resource.id}/provider-link`} class="inline-form">
            <CsrfField page={page} />
            <button type="submit" class="button button--secondary">
              {t('upkeep.createLink')}
            </button>
          </form>
          {resource.isPublished ? <a href={`/resources/${resource.id}`}>{t('resources.detail', { name: resource.name })}</a> : null}
        </div>
      ) : null}
      <ResourceForm page={page} form={form} action={resource ? `/staff/resources/${resource.id}` : '/staff/resources'} categories={categories} areas={areas} />
      {history.length ? (
        <>
          <h2>{t('resources.history')}</h2>
          <ul>
            {history.map((entry) => (
              <li>
                {formatWarekiDateTime(entry.at, { locale: page.locale })} {entry.actorName || t('audit.system')} {t(`audit.action.${entry.action}`)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Layout>
  );
}
