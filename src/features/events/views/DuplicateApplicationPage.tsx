import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import type { EventRow } from '../schema.ts';

/** Shown when the mail address has applied already: nothing new is made, and the link goes to that address only. */
export function DuplicateApplicationPage({ page, event }: { page: PageContext; event: EventRow }) {
  const { t } = page;
  return (
    <Layout page={page} title={t('events.apply.duplicateTitle')}>
      <h1>{t('events.apply.duplicateTitle')}</h1>
      <p class="notice-box">{t('events.apply.duplicate')}</p>
      <p>
        <a href={`/events/${event.id}`}>{event.title}</a>
      </p>
    </Layout>
  );
}
