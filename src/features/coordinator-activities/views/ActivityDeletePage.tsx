import { CsrfField } from '../../../platform/layout/form-fields.tsx';
import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import { formatWarekiDate } from '../../../platform/wareki/wareki.ts';
import type { CoordinatorActivityRow } from '../service.ts';
import { durationText, typeNames } from './ActivityText.tsx';

/** Asks before an entry is deleted; a plain form, so it works without JavaScript. */
export function ActivityDeletePage({ page, activity }: { page: PageContext; activity: CoordinatorActivityRow }) {
  const { t } = page;
  return (
    <Layout page={page} title={t('coordinatorActivities.deleteTitle')} staff>
      <h1>{t('coordinatorActivities.deleteTitle')}</h1>
      <dl class="facts">
        <dt>{t('coordinatorActivities.activityOn')}</dt>
        <dd>{formatWarekiDate(activity.activityOn, { locale: page.locale })}</dd>
        <dt>{t('coordinatorActivities.types')}</dt>
        <dd>{typeNames(page, activity.types)}</dd>
        <dt>{t('coordinatorActivities.counterpart')}</dt>
        <dd>{activity.counterpart || '—'}</dd>
        <dt>{t('coordinatorActivities.duration')}</dt>
        <dd>{durationText(page, activity.minutes)}</dd>
      </dl>
      <p>{t('coordinatorActivities.deleteConfirm')}</p>
      <form method="post" action={`/staff/coordinator-activities/${activity.id}/delete`} class="actions">
        <CsrfField page={page} />
        <button type="submit" class="button button--danger">
          {t('coordinatorActivities.deleteYes')}
        </button>
        <a href={`/staff/coordinator-activities/${activity.id}/edit`}>{t('form.cancel')}</a>
      </form>
    </Layout>
  );
}
