import { CsrfField, ErrorSummary, type FormState } from '../../../platform/layout/form-fields.tsx';
import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import { formatWarekiDateTime } from '../../../platform/wareki/wareki.ts';
import type { DraftRow, ResidentRow } from '../service.ts';
import { RequestDetailFields, requestLabels, ResidentFields, type RequestChoices } from './RequestFields.tsx';

type Props = {
  page: PageContext;
  form: FormState;
  choices: RequestChoices;
  draft: DraftRow | null;
  query: string;
  matches: ResidentRow[] | null;
  resident: ResidentRow | null;
  scriptSrc: string;
};

/**
 * Phone intake on one screen, in the order a call goes: find the caller, then
 * what they need. Every button is a submit of the one form, so nothing typed is
 * lost without JavaScript; with it, the draft is also saved while typing.
 */
export function IntakePage({ page, form, choices, draft, query, matches, resident, scriptSrc }: Props) {
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
