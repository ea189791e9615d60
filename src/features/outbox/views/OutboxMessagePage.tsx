import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import { formatWarekiDateTime } from '../../../platform/wareki/wareki.ts';
import type { OutboxMessage } from '../service.ts';

/** One outboxed mail: headers and the decoded text body. */
export function OutboxMessagePage({ page, mail }: { page: PageContext; mail: OutboxMessage }) {
  const { t, locale } = page;
  const title = mail.subject || t('outbox.noSubject');
  return (
    <Layout page={page} title={title} staff>
      <h1>{title}</h1>
      <dl class="mail-headers">
        <dt>{t('outbox.date')}</dt>
        <dd>{formatWarekiDateTime(mail.date, { locale })}</dd>
        <dt>{t('outbox.from')}</dt>
        <dd>{mail.from}</dd>
        <dt>{t('outbox.to')}</dt>
        <dd>{mail.to}</dd>
      </dl>
      <pre class="mail-body">{mail.text}</pre>
      <p>
        <a href="/staff/outbox">{t('outbox.back')}</a>
      </p>
    </Layout>
  );
}
