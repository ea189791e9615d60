import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import { formatWarekiDateTime } from '../../../platform/wareki/wareki.ts';
import type { OutboxEntry } from '../service.ts';

/** The mails the system would have sent, when no SMTP server is set. */
export function OutboxPage({ page, mails }: { page: PageContext; mails: OutboxEntry[] | null }) {
  const { t, locale } = page;
  return (
    <Layout page={page} title={t('outbox.title')} staff>
      <h1>{t('outbox.title')}</h1>
      <p>{mails === null ? t('outbox.smtp') : t('outbox.intro')}</p>
      {mails && mails.length === 0 ? <p>{t('outbox.empty')}</p> : null}
      {mails && mails.length > 0 ? (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('outbox.date')}</th>
                <th scope="col">{t('outbox.to')}</th>
                <th scope="col">{t('outbox.subject')}</th>
              </tr>
            </thead>
            <tbody>
              {mails.map((mail) => (
                <tr>
                  <td>{formatWarekiDateTime(mail.date, { locale })}</td>
                  <td>{mail.to}</td>
                  <td>
                    <a href={`/staff/outbox/${mail.id}`}>{mail.subject || t('outbox.noSubject')}</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Layout>
  );
}
