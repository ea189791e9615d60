import { japanToday } from '../../../platform/context/service-context.ts';
import { CsrfField, ErrorSummary, SelectField, TextArea, TextField, type FormState } from '../../../platform/layout/form-fields.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import type { IssueDetail } from '../service.ts';
import type { Choice } from './IssueEditPage.tsx';

type Props = {
  page: PageContext;
  issue: IssueDetail;
  may: { raise: boolean; answer: boolean };
  tier1Councils: Choice[];
  meetings: Choice[];
  raiseForm: FormState;
  answerForm: FormState;
  councilName: (id: string | null) => string;
};

function EscalationForm({ page, issue, action, prefix, heading, button, form, councils, meetings }: { page: PageContext; issue: IssueDetail; action: string; prefix: string; heading: string; button: string; form: FormState; councils: Choice[] | null; meetings: Choice[] }) {
  const { t } = page;
  const state = { values: { happenedOn: japanToday(page.now), ...form.values }, errors: form.errors };
  const labels = { happenedOn: t('localIssues.happenedOn'), councilId: t('localIssues.raiseTo'), meetingId: t('localIssues.meeting'), body: t('localIssues.body'), version: t('localIssues.versionField') };
  return (
    <form method="post" action={`/staff/local-issues/${issue.id}/${action}`} class="stacked no-print" novalidate>
      <h3>{heading}</h3>
      <CsrfField page={page} />
      <input type="hidden" name="version" value={String(issue.version)} />
      <ErrorSummary page={page} form={state} labels={labels} />
      {councils ? <SelectField page={page} form={state} idPrefix={prefix} name="councilId" label={labels.councilId} required options={councils} /> : null}
      <TextField page={page} form={state} idPrefix={prefix} name="happenedOn" label={labels.happenedOn} type="date" required />
      <SelectField page={page} form={state} idPrefix={prefix} name="meetingId" label={labels.meetingId} options={[{ value: '', label: t('localIssues.none') }, ...meetings]} />
      <TextArea page={page} form={state} idPrefix={prefix} name="body" label={labels.body} rows={3} maxLength={2000} required />
      <div class="actions">
        <button type="submit">{button}</button>
      </div>
    </form>
  );
}

/** 第2層 → 第1層: where the issue stands, the form to raise it, and the form to answer it back. */
export function EscalationForms({ page, issue, may, tier1Councils, meetings, raiseForm, answerForm, councilName }: Props) {
  const { t } = page;
  if (!may.raise && !may.answer && !issue.raisedFromCouncilId) return null;
  return (
    <section aria-labelledby="escalation-title">
      <h2 id="escalation-title">{t('localIssues.escalation')}</h2>
      {issue.raisedFromCouncilId ? <p>{t('localIssues.waitingAnswer', { from: councilName(issue.raisedFromCouncilId), to: councilName(issue.councilId) })}</p> : null}
      {may.raise ? (
        tier1Councils.length ? (
          <EscalationForm page={page} issue={issue} action="raise" prefix="raise-" heading={t('localIssues.raise')} button={t('localIssues.raiseButton')} form={raiseForm} councils={tier1Councils} meetings={meetings} />
        ) : (
          <p>{t('localIssues.noTier1Council')}</p>
        )
      ) : null}
      {may.answer ? <EscalationForm page={page} issue={issue} action="answer" prefix="answer-" heading={t('localIssues.answer')} button={t('localIssues.answerButton')} form={answerForm} councils={null} meetings={meetings} /> : null}
    </section>
  );
}
