import type { PageContext } from '../../../../platform/layout/page-context.ts';
import { formatFiscalYear, formatWarekiDate } from '../../../../platform/wareki/wareki.ts';
import { IssueProgress } from '../../views/IssueProgress.tsx';
import { IssueTimeline } from '../../views/IssueTimeline.tsx';
import type { PublicIssue, PublicNames } from '../service.ts';

/** Names for the public timeline: a council that does not announce itself is just 「協議体」, a meeting not announced is not named. */
export function publicNamers(page: PageContext, names: PublicNames) {
  return {
    council: (id: string | null) => (id && names.councils.get(id)) || page.t('localIssues.community.aCouncil'),
    meeting: (id: string | null) => {
      const m = id ? names.meetings.get(id) : undefined;
      return m ? page.t('localIssues.meetingLabel', { council: m.councilName, fiscalYear: formatFiscalYear(m.fiscalYear), number: m.number, date: formatWarekiDate(m.startsAt, { locale: page.locale }) }) : '';
    },
  };
}

/** One public issue: its words, a progress bar with text, its timeline and what came of it. */
export function PublicIssueCard({ page, issue, names, headingLevel }: { page: PageContext; issue: PublicIssue; names: PublicNames; headingLevel: 1 | 3 }) {
  const { t, locale } = page;
  const namers = publicNamers(page, names);
  const title = headingLevel === 1 ? <h1>{issue.title}</h1> : <h3 id={`issue-${issue.id}`}><a href={`/local-issues/${issue.id}`}>{issue.title}</a></h3>;
  const sub = headingLevel === 1 ? (s: string) => <h2>{s}</h2> : (s: string) => <h4>{s}</h4>;
  return (
    <article class="card issue-card">
      {title}
      <IssueProgress page={page} status={issue.status} progress={issue.progress} id={issue.id} />
      {issue.description ? <p class="preserve-lines">{issue.description}</p> : null}
      {sub(t('localIssues.community.issueTimeline'))}
      <IssueTimeline page={page} updates={issue.updates} councilName={namers.council} meetingName={namers.meeting} />
      {issue.outcomes.length || issue.volunteers ? (
        <>
          {sub(t('localIssues.community.outcomes'))}
          <ul>
            {issue.outcomes.map((o) => (
              <li>
                {formatWarekiDate(o.achievedOn, { locale })} {t(`localIssues.outcomeKind.${o.kind}`)}: <a href={o.publicHref!}>{o.label}</a>
              </li>
            ))}
            {issue.volunteers ? <li>{t('localIssues.community.volunteers', { count: issue.volunteers })}</li> : null}
          </ul>
        </>
      ) : null}
    </article>
  );
}
