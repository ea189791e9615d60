import { CsrfField } from '../../../platform/layout/form-fields.tsx';
import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';

/** The volunteer's personal link, to read out, mail or print for them; revoking makes every earlier link stop working. */
export function VolunteerLinkPage({ page, volunteerId, link }: { page: PageContext; volunteerId: string; link: string }) {
  const { t } = page;
  return (
    <Layout page={page} title={t('matching.linkTitle')} staff>
      <h1>{t('matching.linkTitle')}</h1>
      <p>{t('matching.linkLead')}</p>
      <p class="link-box">
        <a href={link}>{link}</a>
      </p>
      <form method="post" action={`/staff/volunteers/${volunteerId}/link/revoke`} class="inline-form">
        <CsrfField page={page} />
        <button type="submit" class="button button--secondary">
          {t('matching.revokeLink')}
        </button>
      </form>
      <p>
        <a href={`/staff/volunteers/${volunteerId}`}>{t('matching.backToVolunteer')}</a>
      </p>
    </Layout>
  );
}
