import type { PageContext } from '../../../platform/layout/page-context.ts';
import { formatWarekiDate } from '../../../platform/wareki/wareki.ts';
import type { AssignmentWithCoordinator } from '../../coordinators/service.ts';

/** Name with reading, contact and the date the assignment began: the newsletter's 「私たちが担当しています」 card body. */
export function CoordinatorContact({ page, assignments }: { page: PageContext; assignments: AssignmentWithCoordinator[] }) {
  const { t, tenant } = page;
  if (assignments.length === 0) return <p class="muted">{t('areas.noCoordinator')}</p>;
  return (
    <ul class="contact-list">
      {assignments.map((assignment) => {
        const person = assignment.coordinator;
        const phone = person.phone || tenant.phone;
        const email = person.email || tenant.email;
        return (
          <li class="coordinator">
            <span class="coordinator-name">{person.name}</span>
            <span class="reading">（{person.nameReading}）</span>
            <span class="contact-line muted">{t('areas.since', { date: formatWarekiDate(assignment.startsOn, { locale: page.locale }) })}</span>
            {phone ? (
              <span class="contact-line">
                {t('layout.tel')}: <a href={`tel:${phone.replace(/-/g, '')}`}>{phone}</a>
              </span>
            ) : null}
            {email ? (
              <span class="contact-line">
                {t('layout.mail')}: <a href={`mailto:${email}`}>{email}</a>
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
