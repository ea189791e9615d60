import { CsrfField } from '../../../platform/layout/form-fields.tsx';
import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import { StaffTable } from '../../../platform/layout/StaffTable.tsx';
import { formatWarekiDate, formatWarekiDateTime } from '../../../platform/wareki/wareki.ts';
import type { HelpTypeRow } from '../../volunteers/service.ts';
import type { DraftSummary, RequestWithResident } from '../service.ts';
import type { RequestListQuery } from '../validation.ts';
import { helpRequestStatuses } from '../vocabulary.ts';

type Props = { page: PageContext; requests: RequestWithResident[]; drafts: DraftSummary[]; helpTypes: HelpTypeRow[]; query: RequestListQuery };

/** The requests of the coordinator's areas, newest first, with their unfinished intakes on top. */
export function HelpRequestsPage({ page, requests, drafts, helpTypes, query }: Props) {
  const { t, locale } = page;
  const helpName = new Map(helpTypes.map((h) => [h.id, h.name]));
  return (
    <Layout page={page} title={t('helpRequests.listTitle')} staff>
      <h1>{t('helpRequests.listTitle')}</h1>
      <p>
        <a class="button" href="/staff/help-requests/intake">
          {t('helpRequests.intakeTitle')}
        </a>
      </p>
      {drafts.length ? (
        <section aria-labelledby="drafts-title">
          <h2 id="drafts-title">{t('helpRequests.drafts')}</h2>
          <ul>
            {drafts.map((d) => (
              <li>
                <a href={`/staff/help-requests/intake?draft=${d.id}`}>{d.residentName || t('helpRequests.untitledDraft')}</a>（{formatWarekiDateTime(d.updatedAt, { locale })}）
                <form method="post" action={`/staff/help-requests/drafts/${d.id}/discard`} class="inline-form">
                  <CsrfField page={page} />
                  <button type="submit" class="button button--quiet" aria-label={t('helpRequests.discardDraftOf', { name: d.residentName || t('helpRequests.untitledDraft') })}>
                    {t('helpRequests.discardDraft')}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <form method="get" action="/staff/help-requests" class="inline-form">
        <label for="filter-status">{t('helpRequests.status')}</label>
        <select id="filter-status" name="status">
          <option value="">{t('volunteers.filterAll')}</option>
          {helpRequestStatuses.map((s) => (
            <option value={s} selected={query.status === s}>
              {t(`helpRequests.status.${s}`)}
            </option>
          ))}
        </select>
        <button type="submit" class="button button--secondary">
          {t('volunteers.filter')}
        </button>
      </form>
      {page.actor?.role === 'admin' ? (
        <p class="actions">
          <a href={`/staff/help-requests.csv?${new URLSearchParams({ status: query.status ?? '', encoding: 'utf-8' })}`}>{t('export.csvUtf8')}</a>{' '}
          <a href={`/staff/help-requests.csv?${new URLSearchParams({ status: query.status ?? '', encoding: 'cp932' })}`}>{t('export.csvCp932')}</a>{' '}
          <span class="hint">{t('volunteers.exportAudited')}</span>
        </p>
      ) : null}
      <StaffTable
        rows={requests}
        empty={t('helpRequests.none')}
        columns={[
          { header: t('helpRequests.receivedOn'), cell: ({ request }) => formatWarekiDate(request.receivedOn, { locale }) },
          {
            header: t('helpRequests.residentName'),
            cell: ({ request, resident }) => <a href={`/staff/help-requests/${request.id}`}>{resident.anonymisedAt ? t('helpRequests.anonymised') : resident.name}</a>,
          },
          { header: t('helpRequests.helpType'), cell: ({ request }) => helpName.get(request.helpTypeId) ?? '' },
          { header: t('helpRequests.urgency'), cell: ({ request }) => t(`helpRequests.urgency.${request.urgency}`) },
          { header: t('helpRequests.status'), cell: ({ request }) => t(`helpRequests.status.${request.status}`) },
        ]}
      />
    </Layout>
  );
}
