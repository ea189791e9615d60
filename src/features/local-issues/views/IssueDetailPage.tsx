import { emptyForm, type FormState } from '../../../platform/layout/form-fields.tsx';
import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import { formatWarekiDate } from '../../../platform/wareki/wareki.ts';
import type { NamedOutcome } from '../outcomes/service.ts';
import type { IssueDetail } from '../service.ts';
import type { Choice } from './IssueEditPage.tsx';
import { EscalationForms } from './EscalationForms.tsx';
import { IssueProgress } from './IssueProgress.tsx';
import { IssueTimeline } from './IssueTimeline.tsx';
import { OutcomeForms, type OutcomeChoices } from './OutcomeForms.tsx';
import { UpdateForm } from './UpdateForm.tsx';

export type DetailForms = { update?: FormState; raise?: FormState; answer?: FormState; outcome?: FormState };

export type IssueDetailProps = {
  page: PageContext;
  issue: IssueDetail;
  evidence: { unmet: number; waiting: number };
  outcomes: NamedOutcome[];
  names: { area: (id: string) => string; helpType: (id: string) => string; council: (id: string | null) => string; meeting: (id: string | null) => string; user: (id: string) => string; survey: () => string };
  meetings: Choice[];
  tier1Councils: Choice[];
  may: { manage: boolean; raise: boolean; answer: boolean };
  outcomeChoices: OutcomeChoices;
  forms: DetailForms;
};

/** One issue: what it is, its live evidence, its timeline, its escalation and what was built for it. */
export function IssueDetailPage(props: IssueDetailProps) {
  const { page, issue, evidence, outcomes, names, may, forms } = props;
  const { t, locale } = page;
  return (
    <Layout page={page} title={issue.title} staff>
      <p class="no-print">
        <a href="/staff/local-issues">{t('localIssues.backToList')}</a>
      </p>
      <h1>{issue.title}</h1>
      <IssueProgress page={page} status={issue.status} progress={issue.progress} id="issue" />
      {may.manage ? (
        <p class="actions no-print">
          <a class="button button--secondary" href={`/staff/local-issues/${issue.id}/edit`}>
            {t('localIssues.edit')}
          </a>
        </p>
      ) : null}
      <dl class="facts">
        <dt>{t('localIssues.areas')}</dt>
        <dd>{issue.areaIds.map(names.area).join('、')}</dd>
        <dt>{t('localIssues.helpTypes')}</dt>
        <dd>{issue.helpTypeIds.map(names.helpType).join('、') || t('localIssues.none')}</dd>
        <dt>{t('localIssues.source')}</dt>
        <dd>
          {t(`localIssues.sourceKind.${issue.source}`)}
          {issue.sourceMeetingId ? `（${names.meeting(issue.sourceMeetingId)}）` : ''}
          {issue.sourceSurveyId ? (
            <>
              {' '}
              <a href={`/staff/surveys/${issue.sourceSurveyId}/results`}>{t('localIssues.sourceSurveyLink', { title: names.survey() })}</a>
            </>
          ) : null}
        </dd>
        <dt>{t('localIssues.council')}</dt>
        <dd>
          {issue.councilId ? names.council(issue.councilId) : t('localIssues.none')}
          {issue.raisedFromCouncilId ? `（${t('localIssues.raisedFrom', { council: names.council(issue.raisedFromCouncilId) })}）` : ''}
        </dd>
        <dt>{t('localIssues.owner')}</dt>
        <dd>{issue.ownerId ? names.user(issue.ownerId) : t('localIssues.none')}</dd>
        <dt>{t('localIssues.raisedOn')}</dt>
        <dd>{formatWarekiDate(issue.raisedOn, { locale })}</dd>
        {issue.resolvedOn ? (
          <>
            <dt>{t('localIssues.resolvedOn')}</dt>
            <dd>{formatWarekiDate(issue.resolvedOn, { locale })}</dd>
          </>
        ) : null}
        <dt>{t('localIssues.visibility')}</dt>
        <dd>{issue.isPublic ? <a href={`/local-issues/${issue.id}`}>{t('localIssues.publicLink')}</a> : t('localIssues.internal')}</dd>
      </dl>
      {issue.description ? <p class="preserve-lines">{issue.description}</p> : null}

      <section aria-labelledby="evidence-title">
        <h2 id="evidence-title">{t('localIssues.evidence')}</h2>
        <p>{t('localIssues.evidenceLead')}</p>
        <ul>
          <li>{t('localIssues.evidenceUnmet', { count: evidence.unmet })}</li>
          <li>{t('localIssues.evidenceWaiting', { count: evidence.waiting })}</li>
        </ul>
      </section>

      <EscalationForms page={page} issue={issue} may={may} tier1Councils={props.tier1Councils} meetings={props.meetings} raiseForm={forms.raise ?? emptyForm} answerForm={forms.answer ?? emptyForm} councilName={names.council} />

      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t('localIssues.timeline')}</h2>
        <IssueTimeline page={page} updates={issue.updates} councilName={names.council} meetingName={names.meeting} authorName={names.user} />
        {may.manage ? <UpdateForm page={page} issue={issue} meetings={props.meetings} form={forms.update ?? emptyForm} /> : null}
      </section>

      <section aria-labelledby="outcomes-title">
        <h2 id="outcomes-title">{t('localIssues.outcomes')}</h2>
        <OutcomeForms page={page} issue={issue} outcomes={outcomes} may={may.manage} choices={props.outcomeChoices} form={forms.outcome ?? emptyForm} />
      </section>
    </Layout>
  );
}
