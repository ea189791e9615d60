import { Layout } from '../../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../../platform/layout/page-context.ts';
import { formatFiscalYear, formatWarekiDate, formatWarekiSpan } from '../../../../platform/wareki/wareki.ts';
import type { AreaRow } from '../../../areas/service.ts';
import type { Community, PublicMeeting } from '../service.ts';
import { PublicIssueCard } from './PublicIssueCard.tsx';

function meetingTitle(page: PageContext, m: PublicMeeting): string {
  return `${m.councilName} ${page.t('localIssues.community.meetingNumber', { fiscalYear: formatFiscalYear(m.fiscalYear), number: m.number })}${m.title ? `「${m.title}」` : ''}`;
}

/** 「地域の話し合いと取り組み」: coming meetings, published minutes and public issues of one area, in plain words; no script, prints as it is. */
export function CommunityPage({ page, area, community }: { page: PageContext; area: AreaRow; community: Community }) {
  const { t, locale } = page;
  const title = t('localIssues.community.title', { area: area.name });
  return (
    <Layout page={page} title={title}>
      <p class="no-print">
        <a href={`/areas/${area.id}`}>{t('localIssues.community.backToArea', { area: area.name })}</a>
      </p>
      <h1>{title}</h1>
      <p class="lead">{t('localIssues.community.lead')}</p>

      <section aria-labelledby="upcoming-title">
        <h2 id="upcoming-title">{t('localIssues.community.upcoming')}</h2>
        {community.upcoming.length ? (
          <ul class="meeting-list">
            {community.upcoming.map((m) => (
              <li>
                <strong>{meetingTitle(page, m)}</strong>
                <br />
                {t('localIssues.community.when')}: {formatWarekiSpan(m.startsAt, m.endsAt, { locale })}
                {m.place ? (
                  <>
                    <br />
                    {t('localIssues.community.where')}: {m.place}
                  </>
                ) : null}
                {m.online ? (
                  <>
                    <br />
                    {t('localIssues.community.online')}
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('localIssues.community.upcomingEmpty')}</p>
        )}
        <p class="no-print">
          <a href={`/areas/${area.id}/community.ics`}>{t('localIssues.community.calendar')}</a>
        </p>
      </section>

      <section aria-labelledby="minutes-title">
        <h2 id="minutes-title">{t('localIssues.community.minutes')}</h2>
        {community.minutes.length ? (
          community.minutes.map((m) => (
            <article class="card minutes">
              <h3>
                {meetingTitle(page, m)}（{formatWarekiDate(m.startsAt, { locale })}）
              </h3>
              <p class="preserve-lines">{m.minutes}</p>
              {m.decisions ? (
                <>
                  <h4>{t('localIssues.community.decisions')}</h4>
                  <p class="preserve-lines">{m.decisions}</p>
                </>
              ) : null}
            </article>
          ))
        ) : (
          <p>{t('localIssues.community.minutesEmpty')}</p>
        )}
      </section>

      <section aria-labelledby="issues-title">
        <h2 id="issues-title">{t('localIssues.community.issues')}</h2>
        {community.issues.length ? community.issues.map((issue) => <PublicIssueCard page={page} issue={issue} names={community.names} headingLevel={3} />) : <p>{t('localIssues.community.issuesEmpty')}</p>}
      </section>
    </Layout>
  );
}
