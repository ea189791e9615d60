import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import { formatWarekiDateTime } from '../../../platform/wareki/wareki.ts';
import type { AuditEntry } from '../service.ts';

type Props = { page: PageContext; entries: AuditEntry[]; entityTypes: string[]; entityType?: string; nextBeforeId: number | null };

function compact(value: unknown): string {
  return value === null || value === undefined ? '' : JSON.stringify(value, null, 1);
}

/** The catalog's label for a stored code, or the code itself for one the catalog does not know yet. */
function labelOf(page: PageContext, group: 'entityType' | 'action', code: string): string {
  const key = `audit.${group}.${code}`;
  const label = page.t(key);
  return label === key ? code : label;
}

/** Who changed what, when, with the record before and after. */
export function AuditLogPage({ page, entries, entityTypes, entityType, nextBeforeId }: Props) {
  const { t } = page;
  return (
    <Layout page={page} title={t('audit.title')} staff>
      <h1>{t('audit.title')}</h1>
      <form method="get" action="/staff/audit" class="inline-form">
        <label for="entityType">{t('audit.filterEntity')}</label>
        <select id="entityType" name="entityType">
          <option value="">{t('audit.all')}</option>
          {entityTypes.map((type) => (
            <option value={type} selected={type === entityType}>
              {labelOf(page, 'entityType', type)}
            </option>
          ))}
        </select>
        <button type="submit">{t('audit.filter')}</button>
      </form>
      {entries.length === 0 ? <p>{t('audit.empty')}</p> : null}
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('audit.at')}</th>
              <th scope="col">{t('audit.actor')}</th>
              <th scope="col">{t('audit.action')}</th>
              <th scope="col">{t('audit.entity')}</th>
              <th scope="col">{t('audit.changes')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr>
                <td>{formatWarekiDateTime(entry.at, { locale: page.locale })}</td>
                <td>{entry.actorName || t('audit.system')}</td>
                <td>{labelOf(page, 'action', entry.action)}</td>
                <td>
                  {labelOf(page, 'entityType', entry.entityType)}
                  <span class="reading">{entry.entityId}</span>
                </td>
                <td>
                  {entry.before || entry.after ? (
                    <details>
                      <summary>{t('audit.changes')}</summary>
                      {entry.before ? (
                        <>
                          <h3>{t('audit.before')}</h3>
                          <pre>{compact(entry.before)}</pre>
                        </>
                      ) : null}
                      {entry.after ? (
                        <>
                          <h3>{t('audit.after')}</h3>
                          <pre>{compact(entry.after)}</pre>
                        </>
                      ) : null}
                    </details>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {nextBeforeId ? (
        <p>
          <a href={`/staff/audit?${new URLSearchParams({ ...(entityType ? { entityType } : {}), before: String(nextBeforeId) })}`}>{t('form.next')}</a>
        </p>
      ) : null}
    </Layout>
  );
}
