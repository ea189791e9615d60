import type { PageContext } from '../../../platform/layout/page-context.ts';
import { formatFiscalYear } from '../../../platform/wareki/wareki.ts';
import type { RegistrationFigure } from '../service.ts';

/** Registered volunteers at each 年度's end, with new registrations and withdrawals. */
export function RegistrationFiguresTable({ page, figures }: { page: PageContext; figures: RegistrationFigure[] }) {
  const { t } = page;
  return (
    <section aria-labelledby="registration-figures">
      <h2 id="registration-figures">{t('volunteers.registrationFigures')}</h2>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('volunteers.fiscalYear')}</th>
              <th scope="col">{t('volunteers.registeredAtEnd')}</th>
              <th scope="col">{t('volunteers.newRegistrations')}</th>
              <th scope="col">{t('volunteers.withdrawals')}</th>
            </tr>
          </thead>
          <tbody>
            {figures.map((f) => (
              <tr>
                <th scope="row">{formatFiscalYear(f.fiscalYear)}</th>
                <td>{t('volunteers.count', { count: f.registeredAtEnd })}</td>
                <td>{t('volunteers.count', { count: f.newRegistrations })}</td>
                <td>{t('volunteers.count', { count: f.withdrawals })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
