import { CsrfField, ErrorSummary, problemText, type FormState } from '../../../../platform/layout/form-fields.tsx';
import { Layout } from '../../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../../platform/layout/page-context.ts';
import type { BankRowPlan } from '../bank-transfers.ts';
import type { EventRow } from '../../schema.ts';

/** Bank statement import: paste or upload, see what each row will do (a dry run), then record the matching rows. */
export function BankImportPage({ page, event, form, plan, csvText }: { page: PageContext; event: EventRow; form: FormState; plan: BankRowPlan[] | null; csvText: string }) {
  const { t } = page;
  const base = `/staff/events/${event.id}/payments/import`;
  const matches = plan?.filter((p) => p.outcome === 'match').length ?? 0;
  return (
    <Layout page={page} title={t('events.bank.title')} staff>
      <h1>{t('events.bank.title')}</h1>
      <p>{event.title}</p>
      <p class="lead">{t('events.bank.lead')}</p>
      <form method="post" action={base} enctype="multipart/form-data" class="stacked">
        <CsrfField page={page} />
        <ErrorSummary page={page} form={form} labels={{ csvText: t('events.bank.file') }} />
        <div class={form.errors.csvText ? 'field field--error' : 'field'}>
          <label for="field-file">{t('events.bank.file')}</label>
          {form.errors.csvText ? <p class="field-error">{problemText(page, form.errors.csvText)}</p> : null}
          <input id="field-file" name="file" type="file" accept=".csv,text/csv" />
        </div>
        <div class="actions">
          <button type="submit">{t('events.bank.preview')}</button>
        </div>
      </form>
      {plan ? (
        <section aria-labelledby="plan-title">
          <h2 id="plan-title">{t('events.bank.planTitle', { matches, rows: plan.length })}</h2>
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('events.bank.line')}</th>
                  <th scope="col">{t('events.bank.row')}</th>
                  <th scope="col">{t('events.application.reference')}</th>
                  <th scope="col">{t('events.bank.outcome')}</th>
                </tr>
              </thead>
              <tbody>
                {plan.map((row) => (
                  <tr class={row.outcome === 'match' ? '' : 'row--problem'}>
                    <td>{row.line}</td>
                    <td>{row.text}</td>
                    <td>{row.registration ? `${row.reference} ${row.registration.name}` : row.reference}</td>
                    <td>{t(`events.bank.outcome.${row.outcome}`, { fee: row.registration?.feeYen ?? '', amount: row.amountYen ?? '' })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {matches > 0 ? (
            <form method="post" action={`${base}/apply`}>
              <CsrfField page={page} />
              <input type="hidden" name="csvText" value={csvText} />
              <button type="submit">{t('events.bank.apply', { matches })}</button>
            </form>
          ) : null}
        </section>
      ) : null}
    </Layout>
  );
}
