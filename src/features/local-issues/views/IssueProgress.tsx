import type { PageContext } from '../../../platform/layout/page-context.ts';

/** Status and progress as words and a bar: the words carry the meaning, the bar only shows it (and prints). */
export function IssueProgress({ page, status, progress, id }: { page: PageContext; status: string; progress: number; id: string }) {
  const { t } = page;
  return (
    <p class="issue-progress">
      <span id={`progress-${id}`}>{t('localIssues.progressText', { status: t(`localIssues.status.${status}`), progress })}</span>
      <progress max={100} value={progress} aria-labelledby={`progress-${id}`}>
        {progress}%
      </progress>
    </p>
  );
}
