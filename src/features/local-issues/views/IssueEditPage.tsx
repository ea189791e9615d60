import { CheckboxField, CheckboxGroup, CsrfField, ErrorSummary, SelectField, TextArea, TextField, type FormState } from '../../../platform/layout/form-fields.tsx';
import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import { splitMessage } from '../../../platform/validation/fields.ts';
import type { AreaRow } from '../../areas/service.ts';
import type { HelpTypeRow } from '../../volunteers/service.ts';
import type { IssueDetail } from '../service.ts';
import { issueSources, issueStatuses } from '../vocabulary.ts';

export type Choice = { value: string; label: string };
type Props = { page: PageContext; issue: IssueDetail | null; form: FormState; areas: AreaRow[]; helpTypes: HelpTypeRow[]; councils: Choice[]; meetings: Choice[]; owners: Choice[] };

/** The form values of a saved issue, for editing it. */
export function issueFormValues(i: IssueDetail): Record<string, string> {
  return {
    title: i.title, description: i.description, areaIds: i.areaIds.join('\n'), helpTypeIds: i.helpTypeIds.join('\n'), source: i.source, sourceMeetingId: i.sourceMeetingId ?? '', sourceSurveyId: i.sourceSurveyId ?? '',
    councilId: i.councilId ?? '', ownerId: i.ownerId ?? '', raisedOn: i.raisedOn, isPublic: i.isPublic ? 'on' : '', version: String(i.version),
  };
}

/** The personal-data warning: what looked like a phone number or an address, and the box to confirm it is not one. */
function PersonalDataWarning({ page, form }: { page: PageContext; form: FormState }) {
  const error = form.errors.confirmNoPersonalData;
  if (!error && form.values.confirmNoPersonalData !== 'on') return null;
  const kinds = error ? (splitMessage(error).params.kinds ?? '').split(',').filter(Boolean) : [];
  return (
    <div class="warning" role={error ? 'alert' : undefined}>
      {kinds.length ? <p>{page.t('localIssues.looksPersonalFound', { kinds: kinds.map((k) => page.t(`localIssues.personal.${k}`)).join('、') })}</p> : null}
      <CheckboxField page={page} form={form} name="confirmNoPersonalData" label={page.t('localIssues.confirmNoPersonalData')} />
    </div>
  );
}

/** Register or change an issue; works without JavaScript, keeps what was typed when refused, and warns before publishing personal data. */
export function IssueEditPage({ page, issue, form, areas, helpTypes, councils, meetings, owners }: Props) {
  const { t } = page;
  const title = issue ? t('localIssues.edit') : t('localIssues.new');
  const labels: Record<string, string> = {
    title: t('localIssues.issueTitle'), description: t('localIssues.description'), areaIds: t('localIssues.areas'), helpTypeIds: t('localIssues.helpTypes'), source: t('localIssues.source'),
    sourceMeetingId: t('localIssues.sourceMeeting'), councilId: t('localIssues.council'), ownerId: t('localIssues.owner'), status: t('localIssues.status'), progress: t('localIssues.progress'),
    raisedOn: t('localIssues.raisedOn'), isPublic: t('localIssues.isPublic'), confirmNoPersonalData: t('localIssues.personalCheck'), version: t('localIssues.versionField'),
  };
  const none = { value: '', label: t('localIssues.none') };
  return (
    <Layout page={page} title={title} staff>
      <h1>{title}</h1>
      <form method="post" action={issue ? `/staff/local-issues/${issue.id}` : '/staff/local-issues'} class="stacked" novalidate>
        <CsrfField page={page} />
        {issue ? <input type="hidden" name="version" value={form.values.version ?? String(issue.version)} /> : null}
        <ErrorSummary page={page} form={form} labels={labels} />
        <input type="hidden" name="sourceSurveyId" value={form.values.sourceSurveyId ?? ''} />
        <TextField page={page} form={form} name="title" label={labels.title!} required maxLength={200} />
        <TextArea page={page} form={form} name="description" label={labels.description!} hint={t('localIssues.descriptionHint')} rows={6} maxLength={4000} />
        <CheckboxGroup page={page} form={form} name="areaIds" label={labels.areaIds!} options={areas.filter((a) => !a.archivedAt).map((a) => ({ value: a.id, label: a.name }))} />
        <CheckboxGroup page={page} form={form} name="helpTypeIds" label={`${labels.helpTypeIds}（${t('localIssues.helpTypesHint')}）`} options={helpTypes.map((h) => ({ value: h.id, label: h.name }))} />
        <SelectField page={page} form={form} name="source" label={labels.source!} required options={issueSources.map((s) => ({ value: s, label: t(`localIssues.sourceKind.${s}`) }))} />
        <SelectField page={page} form={form} name="sourceMeetingId" label={labels.sourceMeetingId!} hint={t('localIssues.sourceMeetingHint')} options={[none, ...meetings]} />
        <SelectField page={page} form={form} name="councilId" label={labels.councilId!} options={[none, ...councils]} />
        <SelectField page={page} form={form} name="ownerId" label={labels.ownerId!} options={[none, ...owners]} />
        {issue ? null : (
          <>
            <SelectField page={page} form={form} name="status" label={labels.status!} options={issueStatuses.map((s) => ({ value: s, label: t(`localIssues.status.${s}`) }))} />
            <TextField page={page} form={form} name="progress" label={labels.progress!} hint={t('localIssues.progressHint')} type="number" inputMode="numeric" />
          </>
        )}
        <TextField page={page} form={form} name="raisedOn" label={labels.raisedOn!} type="date" required />
        <CheckboxField page={page} form={form} name="isPublic" label={t('localIssues.isPublicLabel')} />
        <PersonalDataWarning page={page} form={form} />
        <div class="actions">
          <button type="submit">{t('form.save')}</button>
          <a href={issue ? `/staff/local-issues/${issue.id}` : '/staff/local-issues'}>{t('form.cancel')}</a>
        </div>
      </form>
    </Layout>
  );
}
