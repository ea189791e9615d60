import { CsrfField, emptyForm, ErrorSummary, problemText, TextArea, TextField, type FormState } from '../../../platform/layout/form-fields.tsx';
import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import { formatWarekiDate } from '../../../platform/wareki/wareki.ts';
import type { ResourceDetail } from '../../resources/service.ts';
import type { Reason } from '../ranking.ts';
import type { ActivityRecordRow, CandidateList, MatchRow } from '../service.ts';

type Props = {
  page: PageContext;
  requestId: string;
  title: string;
  candidates: CandidateList;
  pageSize: number;
  matches: (MatchRow & { volunteerName: string })[];
  activities: ActivityRecordRow[];
  resources: ResourceDetail[];
  districtName: Map<string, string>;
  proposeForm?: FormState;
  activityForm?: FormState;
};

/** Matching for one request: ranked volunteers with their reasons, proposals and answers, activity records, and listings beside. */
export function MatchingPage(props: Props) {
  const { page, requestId, title, matches } = props;
  const { t } = page;
  const accepted = matches.filter((m) => m.status === 'accepted');
  return (
    <Layout page={page} title={`${t('matching.title')}: ${title}`} staff>
      <h1>
        {t('matching.title')}: {title}
      </h1>
      <p>
        <a href={`/staff/help-requests/${requestId}`}>{t('matching.backToRequest')}</a>
      </p>
      <MatchList page={page} matches={matches} />
      {accepted.length ? <ActivitySection {...props} accepted={accepted} /> : null}
      <CandidateList {...props} />
      <ResourceSuggestions page={page} resources={props.resources} />
    </Layout>
  );
}

function MatchList({ page, matches }: { page: PageContext; matches: Props['matches'] }) {
  const { t } = page;
  if (matches.length === 0) return null;
  return (
    <section aria-labelledby="matches-title">
      <h2 id="matches-title">{t('matching.proposals')}</h2>
      <ul class="match-list">
        {matches.map((m) => (
          <li>
            <strong>{m.volunteerName}</strong> {t(`matching.status.${m.status}`)}
            {m.respondedVia ? `（${t(`matching.via.${m.respondedVia}`)}）` : ''}
            {m.status === 'proposed' ? (
              <form method="post" action={`/staff/matches/${m.id}/answer`} class="inline-form">
                <CsrfField page={page} />
                <input type="hidden" name="note" value="" />
                <button type="submit" name="answer" value="accept" class="button button--secondary">
                  {t('matching.recordAccept')}
                </button>
                <button type="submit" name="answer" value="decline" class="button button--secondary">
                  {t('matching.recordDecline')}
                </button>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function CandidateList({ page, requestId, candidates: list, pageSize, districtName, proposeForm = emptyForm }: Props) {
  const { t } = page;
  const { candidates, total, leftOut, needsPlace } = list;
  return (
    <section aria-labelledby="candidates-title">
      <h2 id="candidates-title">{t('matching.candidates')}</h2>
      <p>{t('matching.candidatesLead')}</p>
      <p class="field-hint">{t('matching.scoreExplained')}</p>
      <LeftOut page={page} leftOut={leftOut} />
      {needsPlace ? (
        <form method="post" action={`/staff/help-requests/${requestId}/meeting-point`} class="stacked notice-box" novalidate>
          <p class="notice">{t('matching.needsPlace')}</p>
          <CsrfField page={page} />
          <div class="field">
            <label for="field-meetingPoint">{t('helpRequests.meetingPoint')}</label>
            <input id="field-meetingPoint" name="meetingPoint" type="text" maxlength={200} required />
          </div>
          <button type="submit">{t('form.save')}</button>
        </form>
      ) : null}
      {proposeForm.errors.confirmOverlap || proposeForm.errors.volunteerId ? (
        <p class="field-error" role="alert">
          {problemText(page, proposeForm.errors.confirmOverlap ?? proposeForm.errors.volunteerId!)}
        </p>
      ) : null}
      {candidates.length === 0 ? (
        <p>{t(leftOut.length ? 'matching.noCandidates' : 'matching.noVolunteersForHelp')}</p>
      ) : (
        <ol class="candidate-list">
          {candidates.map((c) => (
            <li>
              <h3>
                {c.canOpenRecord ? <a href={`/staff/volunteers/${c.id}`}>{c.volunteer.name}</a> : c.volunteer.name}{' '}
                <span class="reading">
                  {(c.volunteer.districtId && districtName.get(c.volunteer.districtId)) || ''}・{t('matching.score', { score: c.score })}
                </span>
              </h3>
              <ul class="reasons">
                {c.reasons.map((r) => (
                  <li class={r.points < 0 ? 'reason reason--minus' : 'reason'}>
                    {reasonText(page, r)} <span class="reason-points">{t('matching.points', { points: r.points > 0 ? `+${r.points}` : r.points === 0 ? '±0' : `−${-r.points}` })}</span>
                  </li>
                ))}
              </ul>
              {c.proposal ? <p class="candidate-proposal"><strong>{t(`matching.candidate.${c.proposal}`)}</strong></p> : needsPlace ? null : <ProposeForm page={page} requestId={requestId} candidate={c} />}
            </li>
          ))}
        </ol>
      )}
      {total > candidates.length ? (
        <p class="candidate-more">
          {t('matching.candidatesShown', { shown: candidates.length, total })}{' '}
          <a href={`/staff/help-requests/${requestId}/matches?shown=${candidates.length + pageSize}#candidates-title`}>{t('matching.moreCandidates', { count: Math.min(pageSize, total - candidates.length) })}</a>
        </p>
      ) : null}
    </section>
  );
}

// Who can do this help but is not listed, by reason: "nobody can" and "everyone was filtered out" call for different work.
function LeftOut({ page, leftOut }: { page: PageContext; leftOut: CandidateList['leftOut'] }) {
  const { t } = page;
  if (leftOut.length === 0) return null;
  return (
    <div class="left-out">
      <p>{t('matching.leftOut', { count: leftOut.reduce((sum, r) => sum + r.count, 0) })}</p>
      <ul>
        {leftOut.map((r) => (
          <li>{t(`matching.leftOut.${r.reason}`, { count: r.count })}</li>
        ))}
      </ul>
    </div>
  );
}

function ProposeForm({ page, requestId, candidate: c }: { page: PageContext; requestId: string; candidate: CandidateList['candidates'][number] }) {
  const { t } = page;
  const overlap = c.reasons.some((r) => r.key === 'matching.reason.overlap');
  return (
    <form method="post" action={`/staff/help-requests/${requestId}/matches`} class="inline-form">
      <CsrfField page={page} />
      <input type="hidden" name="volunteerId" value={c.id} />
      {overlap ? (
        <span class="field--checkbox">
          <input type="checkbox" id={`overlap-${c.id}`} name="confirmOverlap" value="on" />
          <label for={`overlap-${c.id}`}>{t('matching.confirmOverlap')}</label>
        </span>
      ) : null}
      <button type="submit">{t('matching.propose', { name: c.volunteer.name })}</button>
    </form>
  );
}

// A place reason carries the straight-line distance when both homes are known: 「同じ圏域に住んでいる（約1.2km）」.
function reasonText(page: PageContext, r: Reason): string {
  const text = page.t(r.key, r.params);
  return r.params?.km === undefined ? text : page.t('matching.reason.withDistance', { reason: text, km: r.params.km });
}

function ActivitySection({ page, activities, accepted, activityForm = emptyForm }: Props & { accepted: Props['matches'] }) {
  const { t, locale } = page;
  const labels = { activityOn: t('matching.activityOn'), hours: t('matching.hours'), minutes: t('matching.minutes'), whatWasDone: t('matching.whatWasDone'), notes: t('matching.activityNotes') };
  const first = accepted[0]!;
  return (
    <section aria-labelledby="activities-title">
      <h2 id="activities-title">{t('matching.activities')}</h2>
      <ul>
        {activities.map((a) => (
          <li>
            {formatWarekiDate(a.activityOn, { locale })} {t('matching.duration', { hours: Math.floor(a.minutes / 60), minutes: a.minutes % 60 })} {a.whatWasDone}
            {a.confirmedAt ? (
              ` （${t('matching.confirmed')}）`
            ) : (
              <form method="post" action={`/staff/activities/${a.id}/confirm`} class="inline-form">
                <CsrfField page={page} />
                <button type="submit" class="button button--secondary">
                  {t('matching.confirm')}
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
      <form method="post" action={`/staff/matches/${first.id}/activities`} class="stacked" novalidate>
        <h3>{t('matching.recordActivity', { name: first.volunteerName })}</h3>
        <CsrfField page={page} />
        <ErrorSummary page={page} form={activityForm} labels={labels} />
        <TextField page={page} form={activityForm} name="activityOn" label={labels.activityOn} type="date" required />
        <TextField page={page} form={activityForm} name="hours" label={labels.hours} type="number" inputMode="numeric" required />
        <TextField page={page} form={activityForm} name="minutes" label={labels.minutes} type="number" inputMode="numeric" required />
        <TextArea page={page} form={activityForm} name="whatWasDone" label={labels.whatWasDone} rows={2} maxLength={1000} />
        <TextArea page={page} form={activityForm} name="notes" label={labels.notes} rows={2} maxLength={1000} />
        <button type="submit">{t('matching.saveActivity')}</button>
      </form>
    </section>
  );
}

function ResourceSuggestions({ page, resources }: { page: PageContext; resources: ResourceDetail[] }) {
  const { t } = page;
  return (
    <section aria-labelledby="resources-title">
      <h2 id="resources-title">{t('matching.resources')}</h2>
      {resources.length === 0 ? (
        <p>{t('matching.noResources')}</p>
      ) : (
        <ul>
          {resources.map((r) => (
            <li>
              <a href={`/resources/${r.id}`}>{r.name}</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
