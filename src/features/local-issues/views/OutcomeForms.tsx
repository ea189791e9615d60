import { japanToday } from '../../../platform/context/service-context.ts';
import { CsrfField, ErrorSummary, SelectField, TextField, type FormState } from '../../../platform/layout/form-fields.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import { formatWarekiDate } from '../../../platform/wareki/wareki.ts';
import type { NamedOutcome } from '../outcomes/service.ts';
import type { IssueDetail } from '../service.ts';
import { outcomeKinds } from '../vocabulary.ts';
import type { Choice } from './IssueEditPage.tsx';

/** What may be linked: listings of the issue's areas, events, the actor's volunteers, 資源開発 activities. */
export type OutcomeChoices = { resources: Choice[]; events: Choice[]; volunteers: Choice[]; activities: Choice[] };

type Props = { page: PageContext; issue: IssueDetail; outcomes: NamedOutcome[]; may: boolean; choices: OutcomeChoices; form: FormState };

function OutcomeList({ page, issue, outcomes, may }: Omit<Props, 'choices' | 'form'>) {
  const { t, locale } = page;
  if (outcomes.length === 0) return <p>{t('localIssues.outcomesEmpty')}</p>;
  return (
    <ul class="outcomes">
      {outcomes.map((o) => (
        <li>
          {formatWarekiDate(o.achievedOn, { locale })} {t(`localIssues.outcomeKind.${o.kind}`)}: {o.staffHref && o.label ? <a href={o.staffHref}>{o.label}</a> : o.label || t('localIssues.outcomeUnnamed')}
          {o.note ? `（${o.note}）` : ''}
          {may ? (
            <form method="post" action={`/staff/local-issues/${issue.id}/outcomes/${o.id}/delete`} class="inline-form no-print">
              <CsrfField page={page} />
              <button type="submit" class="button button--quiet" aria-label={t('localIssues.removeOutcomeNamed', { name: o.label || t(`localIssues.outcomeKind.${o.kind}`) })}>
                {t('localIssues.removeOutcome')}
              </button>
            </form>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** What was built for the issue, and (for those who manage it) the form to record one more. */
export function OutcomeForms({ page, issue, outcomes, may, choices, form }: Props) {
  const { t } = page;
  const state = { values: { achievedOn: japanToday(page.now), kind: 'listing_created', ...form.values }, errors: form.errors };
  const labels = { kind: t('localIssues.outcomeKind'), resourceId: t('localIssues.outcomeResource'), eventId: t('localIssues.outcomeEvent'), volunteerId: t('localIssues.outcomeVolunteer'), activityId: t('localIssues.outcomeActivity'), note: t('localIssues.outcomeNote'), achievedOn: t('localIssues.achievedOn') };
  const none = { value: '', label: t('localIssues.none') };
  return (
    <>
      <OutcomeList page={page} issue={issue} outcomes={outcomes} may={may} />
      {may ? (
        <form method="post" action={`/staff/local-issues/${issue.id}/outcomes`} class="stacked no-print" novalidate>
          <h3>{t('localIssues.addOutcome')}</h3>
          <p>{t('localIssues.addOutcomeHint')}</p>
          <CsrfField page={page} />
          <ErrorSummary page={page} form={state} labels={labels} />
          <SelectField page={page} form={state} idPrefix="outcome-" name="kind" label={labels.kind} required options={outcomeKinds.map((k) => ({ value: k, label: t(`localIssues.outcomeKind.${k}`) }))} />
          <SelectField page={page} form={state} idPrefix="outcome-" name="resourceId" label={labels.resourceId} options={[none, ...choices.resources]} />
          <SelectField page={page} form={state} idPrefix="outcome-" name="eventId" label={labels.eventId} options={[none, ...choices.events]} />
          <SelectField page={page} form={state} idPrefix="outcome-" name="volunteerId" label={labels.volunteerId} options={[none, ...choices.volunteers]} />
          <SelectField page={page} form={state} idPrefix="outcome-" name="activityId" label={labels.activityId} options={[none, ...choices.activities]} />
          <TextField page={page} form={state} idPrefix="outcome-" name="achievedOn" label={labels.achievedOn} type="date" required />
          <TextField page={page} form={state} idPrefix="outcome-" name="note" label={labels.note} maxLength={500} />
          <div class="actions">
            <button type="submit">{t('localIssues.saveOutcome')}</button>
          </div>
        </form>
      ) : null}
    </>
  );
}
