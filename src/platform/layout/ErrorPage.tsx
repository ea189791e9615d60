import { Layout } from './Layout.tsx';
import type { PageContext } from './page-context.ts';

/** A plain Japanese (or English) error page; never a stack trace. */
export function ErrorPage({ page, message, requestId }: { page: PageContext; message: string; requestId?: string }) {
  const { t } = page;
  return (
    <Layout page={page} title={t('error.title')}>
      <h1>{t('error.title')}</h1>
      <p class="lead">{message}</p>
      {requestId ? <p class="muted">{t('error.requestId', { id: requestId })}</p> : null}
      <p>
        <a href="/">{t('error.backHome')}</a>
      </p>
    </Layout>
  );
}
