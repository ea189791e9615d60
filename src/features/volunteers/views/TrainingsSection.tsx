import type { PageContext } from '../../../platform/layout/page-context.ts';
import { formatFiscalYear, fiscalYearOf, formatWarekiDate } from '../../../platform/wareki/wareki.ts';
import type { AttendedTraining } from '../../events/registrations/service.ts';

/** The volunteer trainings (養成講座・研修) this volunteer applied to, from the events records, with attendance. */
export function TrainingsSection({ page, trainings }: { page: PageContext; trainings: AttendedTraining[] }) {
  const { t, locale } = page;
  return (
    <section aria-labelledby="trainings-title">
      <h2 id="trainings-title">{t('volunteers.trainings')}</h2>
      {trainings.length === 0 ? (
        <p>{t('volunteers.trainingsNone')}</p>
      ) : (
        <ul>
          {trainings.map((training) => (
            <li>
              <a href={`/staff/events/${training.eventId}/participants`}>{training.title}</a>
              {` ${formatFiscalYear(fiscalYearOf(training.startsAt))} ${formatWarekiDate(training.startsAt, { locale })} `}
              <strong>{training.attended ? t('volunteers.trainingAttended') : t(`events.registrationStatus.${training.status}`)}</strong>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
