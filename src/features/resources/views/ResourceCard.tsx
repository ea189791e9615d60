import { isReadingHelpful } from '../../../platform/japanese-text/reading.ts';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import type { NeedCategoryRow, ResourceDetail } from '../service.ts';
import { confirmedText, costText, placeText, scheduleText } from '../listing-text.ts';

type Props = { page: PageContext; resource: ResourceDetail & { distanceKm?: number | null }; categories: NeedCategoryRow[]; headingLevel?: 1 | 2 | 3; linkTo?: string };

/** One listing as residents read it: what, when, how much, where, whom to call, and when it was last checked. */
export function ResourceCard({ page, resource, categories, headingLevel = 2, linkTo }: Props) {
  const { t } = page;
  const Heading = headingLevel === 1 ? 'h1' : headingLevel === 2 ? 'h2' : 'h3';
  const names = categories.filter((c) => resource.categoryIds.includes(c.id)).map((c) => c.name);
  const when = scheduleText(page, resource);
  const cost = costText(page, resource);
  const place = placeText(resource);
  return (
    <article class="card resource-card">
      <Heading>
        {linkTo ? <a href={linkTo}>{resource.name}</a> : resource.name}
        {isReadingHelpful(resource.name, resource.nameReading) ? <span class="reading">{resource.nameReading}</span> : null}
      </Heading>
      {resource.statusNotice || resource.status !== 'active' ? (
        <p class="notice">
          <strong>{t(`resources.status.${resource.status}`)}</strong>
          {resource.statusNotice ? ` ${resource.statusNotice}` : ''}
        </p>
      ) : null}
      {names.length ? (
        <ul class="tags" aria-label={t('resources.category')}>
          {names.map((name) => (
            <li>{name}</li>
          ))}
        </ul>
      ) : null}
      {resource.description ? <p>{resource.description}</p> : null}
      <dl class="facts">
        {when ? (
          <>
            <dt>{t('resources.when')}</dt>
            <dd>{when}</dd>
          </>
        ) : null}
        {cost ? (
          <>
            <dt>{t('resources.cost')}</dt>
            <dd>{cost}</dd>
          </>
        ) : null}
        {resource.target ? (
          <>
            <dt>{t('resources.target')}</dt>
            <dd>{resource.target}</dd>
          </>
        ) : null}
        {place ? (
          <>
            <dt>{t('resources.place')}</dt>
            <dd>
              {place}
              {typeof resource.distanceKm === 'number' ? `（${t('resources.distanceKm', { km: resource.distanceKm.toFixed(1) })}）` : ''}
            </dd>
          </>
        ) : null}
        {resource.provider ? (
          <>
            <dt>{t('resources.provider')}</dt>
            <dd>{resource.provider.name}</dd>
          </>
        ) : null}
        {resource.phone || resource.fax || resource.email || resource.url ? (
          <>
            <dt>{t('resources.contact')}</dt>
            <dd>
              {resource.phone ? (
                <span class="contact-line">
                  {t('layout.tel')}: <a href={`tel:${resource.phone.replace(/-/g, '')}`}>{resource.phone}</a>
                </span>
              ) : null}
              {resource.fax ? <span class="contact-line">{`${t('layout.fax')}: ${resource.fax}`}</span> : null}
              {resource.email ? (
                <span class="contact-line">
                  {t('layout.mail')}: <a href={`mailto:${resource.email}`}>{resource.email}</a>
                </span>
              ) : null}
              {resource.url ? (
                <span class="contact-line">
                  <a href={resource.url} rel="noopener noreferrer">
                    {resource.url}
                  </a>
                </span>
              ) : null}
            </dd>
          </>
        ) : null}
      </dl>
      {resource.attributes.length ? (
        <ul class="tags tags--attributes" aria-label={t('resources.field.attributes')}>
          {resource.attributes.map((code) => (
            <li>{t(`resources.attribute.${code}`)}</li>
          ))}
        </ul>
      ) : null}
      <p class="muted confirmed">{confirmedText(page, resource)}</p>
    </article>
  );
}
