import { CsrfField, emptyForm, ErrorSummary, TextArea, TextField, type FormState } from '../../../../platform/layout/form-fields.tsx';
import { Layout } from '../../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../../platform/layout/page-context.ts';
import { formatWarekiDate } from '../../../../platform/wareki/wareki.ts';
import type { Assignment, VolunteerPage } from '../service.ts';

type Props = { page: PageContext; token: string; view: VolunteerPage; activityForm?: { matchId: string; form: FormState } };

/** A volunteer's own page, opened from their personal link: what they were asked, and where to record what they did. */
export function VolunteerOwnPage({ page, token, view, activityForm }: Props) {
  const { t } = page;
  return (
    <Layout page={page} title={t('matching.ownTitle')}>
      <h1>{t('matching.ownTitle')}</h1>
      <p class="lead">{t('matching.ownLead', { name: view.volunteerName })}</p>
      {view.assignments.length === 0 ? <p>{t('matching.ownNone')}</p> : null}
      {view.assignments.map((a) => (
        <AssignmentCard page={page} token={token} assignment={a} form={activityForm?.matchId === a.match.id ? activityForm.form : emptyForm} />
      ))}
      <p>{t('matching.ownContact')}</p>
    </Layout>
  );
}

function whenText(page: PageContext, a: Assignment): string {
  const { t, locale } = page;
  const m = a.match;
  const day = m.scheduledOn ? formatWarekiDate(m.scheduledOn, { weekday: true, locale }) : m.weekdays.map((d) => t(`volunteers.weekday.${d}`)).join('・');
  return [day, m.timeSlot ? t(`volunteers.slot.${m.timeSlot}`) : ''].filter(Boolean).join(' ');
}

function AssignmentCard({ page, token, assignment: a, form }: { page: PageContext; token: string; assignment: Assignment; form: FormState }) {
  const { t } = page;
  const id = a.match.id;
  const labels = { activityOn: t('matching.activityOn'), hours: t('matching.hours'), minutes: t('matching.minutes'), whatWasDone: t('matching.whatWasDone'), notes: t('matching.activityNotes') };
  return (
    <section class="assignment" aria-labelledby={`assignment-${id}`}>
      <h2 id={`assignment-${id}`}>
        {a.helpTypeName}（{t(`matching.status.${a.match.status}`)}）
      </h2>
      <dl class="details">
        <dt>{t('matching.when')}</dt>
        <dd>{whenText(page, a) || t('helpRequests.anyTime')}</dd>
        <dt>{t('helpRequests.district')}</dt>
        <dd>{a.districtName}</dd>
        {a.match.status === 'accepted' ? (
          <>
            <dt>{t('matching.whom')}</dt>
            <dd>{t('matching.honorific', { name: a.residentFirstName })}</dd>
            <dt>{t('helpRequests.meetingPoint')}</dt>
            <dd>{a.meetingPoint}</dd>
            <dt>{t('matching.whatToDo')}</dt>
            <dd class="preserve-lines">{a.description}</dd>
          </>
        ) : null}
      </dl>
      {a.match.status === 'proposed' ? (
        <form method="post" action={`/v/${token}/matches/${id}/answer`} class="inline-form">
          <CsrfField page={page} />
          <input type="hidden" name="note" value="" />
          <button type="submit" name="answer" value="accept">
            {t('matching.accept')}
          </button>
          <button type="submit" name="answer" value="decline" class="button button--secondary">
            {t('matching.decline')}
          </button>
        </form>
      ) : (
        <form method="post" action={`/v/${token}/matches/${id}/activities`} class="stacked" novalidate>
          <h3>{t('matching.recordOwnActivity')}</h3>
          <CsrfField page={page} />
          <ErrorSummary page={page} form={form} labels={labels} />
          <TextField page={page} form={form} idPrefix={`${id}-`} name="activityOn" label={labels.activityOn} type="date" required />
          <TextField page={page} form={form} idPrefix={`${id}-`} name="hours" label={labels.hours} type="number" inputMode="numeric" required />
          <TextField page={page} form={form} idPrefix={`${id}-`} name="minutes" label={labels.minutes} type="number" inputMode="numeric" required />
          <TextArea page={page} form={form} idPrefix={`${id}-`} name="whatWasDone" label={labels.whatWasDone} rows={2} maxLength={1000} />
          <TextArea page={page} form={form} idPrefix={`${id}-`} name="notes" label={labels.notes} rows={2} maxLength={1000} />
          <button type="submit">{t('matching.saveActivity')}</button>
        </form>
      )}
    </section>
  );
}
