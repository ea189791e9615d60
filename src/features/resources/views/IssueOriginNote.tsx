import type { PageContext } from '../../../platform/layout/page-context.ts';

/**
 * 「この活動は地域の話し合いから生まれました」 on a listing built for a local issue:
 * the public see it (with a link) only for public issues; staff see every issue, linked to the register.
 */
export function IssueOriginNote({ page, issues, staff }: { page: PageContext; issues: { id: string; title: string }[]; staff: boolean }) {
  const { t } = page;
  if (issues.length === 0) return null;
  return (
    <aside class="issue-origin" aria-labelledby="issue-origin-title">
      <h2 id="issue-origin-title">{staff ? t('localIssues.origin.staffTitle') : t('localIssues.origin.title')}</h2>
      <ul>
        {issues.map((issue) => (
          <li>
            {staff ? <a href={`/staff/local-issues/${issue.id}`}>{issue.title}</a> : <a href={`/local-issues/${issue.id}`}>{issue.title}</a>}
          </li>
        ))}
      </ul>
    </aside>
  );
}
