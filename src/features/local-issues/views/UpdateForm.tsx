import { japanToday } from '../../../platform/context/service-context.ts';
import { CheckboxField, CsrfField, ErrorSummary, SelectField, TextArea, TextField, type FormState } from '../../../platform/layout/form-fields.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import { splitMessage } from '../../../platform/validation/fields.ts';
import type { IssueDetail } from '../service.ts';
import { issueStatuses } from '../vocabulary.ts';
import type { Choice } from './IssueEditPage.tsx';

/** 経過を記録: a dated entry, optionally at a meeting and moving the status. */
export function UpdateForm({ page, issue, meetings, form }: { page: PageContext; issue: IssueDetail; meetings: Choice[]; form: FormState }) {
  const { t } = page;
  const values: Record<string, string> = { happenedOn: japanToday(page.now), ...form.values };
  const state = { values, errors: form.errors };
  const labels = { happenedOn: t('localIssues.happenedOn'), meetingId: t('localIssues.meeting'), status: t('localIssues.statusAfter'), progress: t('localIssues.progress'), body: t('localIssues.body'), confirmNoPersonalData: t('localIssues.personalCheck'), version: t('localIssues.versionField') };
  const personal = form.errors.confirmNoPersonalData;
  const kinds = personal ? (splitMessage(personal).params.kinds ?? '').split(',').filter(Boolean) : [];
  return (
    <form method="post" action={`/staff/local-issues/${issue.id}/updates`} class="stacked no-print" novalidate>
      <h3>{t('localIssues.addUpdate')}</h3>
      <CsrfField page={page} />
      <input type="hidden" name="version" value={String(issue.version)} />
      <ErrorSummary page={page} form={state} labels={labels} />
      <TextField page={page} form={state} idPrefix="update-" name="happenedOn" label={labels.happenedOn} type="date" required />
      <SelectField page={page} form={state} idPrefix="update-" name="meetingId" label={labels.meetingId} options={[{ value: '', label: t('localIssues.none') }, ...meetings]} />
      <SelectField page={page} form={state} idPrefix="update-" name="status" label={labels.status} options={[{ value: '', label: t('localIssues.statusUnchanged') }, ...issueStatuses.map((s) => ({ value: s, label: t(`localIssues.status.${s}`) }))]} />
      <TextField page={page} form={state} idPrefix="update-" name="progress" label={labels.progress} hint={t('localIssues.progressHint')} type="number" inputMode="numeric" />
      <TextArea page={page} form={state} idPrefix="update-" name="body" label={labels.body} hint={issue.isPublic ? t('localIssues.bodyPublicHint') : undefined} rows={4} maxLength={2000} required />
      {personal || values.confirmNoPersonalData === 'on' ? (
        <div class="warning" role={personal ? 'alert' : undefined}>
          {kinds.length ? <p>{t('localIssues.looksPersonalFound', { kinds: kinds.map((k) => t(`localIssues.personal.${k}`)).join('、') })}</p> : null}
          <CheckboxField page={page} form={state} name="confirmNoPersonalData" label={t('localIssues.confirmNoPersonalData')} />
        </div>
      ) : null}
      <div class="actions">
        <button type="submit">{t('localIssues.saveUpdate')}</button>
      </div>
    </form>
  );
}
