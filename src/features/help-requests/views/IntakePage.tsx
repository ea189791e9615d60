import { CsrfField, ErrorSummary, type FormState } from '../../../platform/layout/form-fields.tsx';
import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import { formatWarekiDate, formatWarekiDateTime } from '../../../platform/wareki/wareki.ts';
import type { DraftRow, HelpRequestRow, ResidentRequests, ResidentRow } from '../service.ts';
import { RequestDetailFields, requestLabels, ResidentFields, type RequestChoices } from './RequestFields.tsx';

type Props = {
  page: PageContext;
  form: FormState;
  choices: RequestChoices;
  draft: DraftRow | null;
  query: string;
  matches: ResidentRow[] | null;
  resident: ResidentRow | null;
  residentRequests: ResidentRequests | null;
  scriptSrc: string;
};

/**
 * Phone intake on one screen, in the order a call goes: find the caller, then
 * what they need. Every button is a submit of the one form, so nothing typed is
 * lost without JavaScript; with it, the draft is also saved while typing.
 */
export function IntakePage({ page, form, choices, draft, query, matches, resident, residentRequests, scriptSrc }: Props) {
  const { t } = page;
  const districtName = new Map(choices.areas.flatMap((a) => a.districts.map((d) => [d.id, `${a.name}・${d.name}`])));
  return (
    <Layout page={page} title={t('helpRequests.intakeTitle')} staff>
      <h1>{t('helpRequests.intakeTitle')}</h1>
      <form method="post" action="/staff/help-requests/intake" class="stacked intake" novalidate data-draft-url="/staff/help-requests/drafts" data-draft-failed={t('helpRequests.draftFailed')}>
        <CsrfField page={page} />
        <input type="hidden" name="draftId" value={draft?.id ?? ''} />
        <p id="draft-status" role="status" class="draft-status">
          {draft ? t('helpRequests.draftSavedAt', { time: formatWarekiDateTime(draft.updatedAt, { locale: page.locale }) }) : ''}
        </p>
        <ErrorSummary page={page} form={form} labels={requestLabels(page)} />
        <section aria-labelledby="find-resident" class="find-resident">
          <h2 id="find-resident">{t('helpRequests.findResident')}</h2>
          {resident ? (
            <div class="chosen-resident">
              {/* Enter in a text field presses the first button: make that a harmless draft save, not 「別の方にする」. */}
              <button type="submit" name="intent" value="draft" class="visually-hidden" tabindex={-1}>
                {t('helpRequests.saveDraft')}
              </button>
              <input type="hidden" name="residentId" value={resident.id} />
              <p>
                <strong>{resident.name}</strong> {resident.nameReading} {resident.phone} {resident.districtId ? districtName.get(resident.districtId) : ''}
              </p>
              <button type="submit" name="intent" value="clearResident" class="button button--secondary">
                {t('helpRequests.chooseAnother')}
              </button>
              {residentRequests ? <ResidentRequestList page={page} requests={residentRequests} choices={choices} /> : null}
            </div>
          ) : (
            <ResidentSearch page={page} query={query} matches={matches} districtName={districtName} />
          )}
        </section>
        {resident ? null : <ResidentFields page={page} form={form} choices={choices} />}
        <RequestDetailFields page={page} form={form} choices={choices} />
        <div class="actions">
          <button type="submit" name="intent" value="submit">
            {t('helpRequests.receive')}
          </button>
          <button type="submit" name="intent" value="draft" class="button button--secondary">
            {t('helpRequests.saveDraft')}
          </button>
          {draft ? (
            <button type="submit" formaction={`/staff/help-requests/drafts/${draft.id}/discard`} class="button button--quiet">
              {t('helpRequests.discardDraft')}
            </button>
          ) : null}
        </div>
      </form>
      <script src={scriptSrc} defer />
    </Layout>
  );
}

function ResidentSearch({ page, query, matches, districtName }: { page: PageContext; query: string; matches: ResidentRow[] | null; districtName: Map<string, string> }) {
  const { t } = page;
  return (
    <>
      <div class="field">
        <label for="field-q">{t('helpRequests.searchLabel')}</label>
        <p class="field-hint" id="hint-q">
          {t('helpRequests.searchHint')}
        </p>
        <span class="inline-form">
          <input id="field-q" name="q" type="search" value={query} autocomplete="off" aria-describedby="hint-q" autofocus />
          <button type="submit" name="intent" value="search" class="button button--secondary">
            {t('helpRequests.search')}
          </button>
        </span>
      </div>
      {matches === null ? null : matches.length === 0 ? (
        <p>{t('helpRequests.noResidentFound')}</p>
      ) : (
        <ul class="resident-matches">
          {matches.map((r) => (
            <li>
              <button type="submit" name="intent" value={`choose:${r.id}`} class="button button--secondary">
                {t('helpRequests.chooseResident', { name: r.name })}
              </button>{' '}
              {r.nameReading} {r.phone} {r.districtId ? districtName.get(r.districtId) : ''}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

// Before taking the call as new: the resident may already have asked (a family member on the web form, then a phone call).
function ResidentRequestList({ page, requests, choices }: { page: PageContext; requests: ResidentRequests; choices: RequestChoices }) {
  const { t, locale } = page;
  const helpName = new Map(choices.helpTypes.map((h) => [h.id, h.name]));
  const item = (r: HelpRequestRow) => (
    <li>
      <a href={`/staff/help-requests/${r.id}`} target="_blank" rel="noopener">
        {formatWarekiDate(r.receivedOn, { locale })} {helpName.get(r.helpTypeId) ?? ''}
      </a>
      （{t(`helpRequests.status.${r.status}`)}・{t(`helpRequests.source.${r.source}`)}）
    </li>
  );
  return (
    <section aria-labelledby="resident-requests" class="resident-requests">
      <h3 id="resident-requests">{t('helpRequests.residentRequests')}</h3>
      {requests.open.length ? (
        <p class="notice" role="status">
          <strong>{t('helpRequests.residentOpenRequests', { count: requests.open.length })}</strong>
        </p>
      ) : null}
      {requests.open.length + requests.ended.length === 0 ? (
        <p>{t('helpRequests.residentNoRequests')}</p>
      ) : (
        <>
          <p class="field-hint">{t('helpRequests.residentRequestsHint')}</p>
          <ul>
            {requests.open.map(item)}
            {requests.ended.map(item)}
          </ul>
        </>
      )}
    </section>
  );
}
