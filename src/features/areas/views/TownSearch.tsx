import type { PageContext } from '../../../platform/layout/page-context.ts';
import type { AssignmentWithCoordinator } from '../../coordinators/service.ts';
import type { DistrictSuggestion } from '../towns/service.ts';
import { CoordinatorContact } from './CoordinatorContact.tsx';

export type TownSearchResult = { query: string; suggestion: DistrictSuggestion | null };

/** 「お住まいの町名で探す」: a GET form, and what it found with the next steps. */
export function TownSearch({ page, search, assignments }: { page: PageContext; search: TownSearchResult | null; assignments: AssignmentWithCoordinator[] }) {
  const { t } = page;
  const found = search?.suggestion;
  const next = (path: string, district: string) => `${path}?${new URLSearchParams({ district, address: search?.query ?? '' })}`;
  return (
    <section class="notice-box" aria-labelledby="town-search-heading">
      <h2 id="town-search-heading">{t('areas.findByTown')}</h2>
      <form method="get" action="/areas" class="stacked" role="search">
        <div class="field">
          <label for="field-town">{t('areas.townQuery')}</label>
          <p class="hint" id="field-town-hint">
            {t('areas.findByTownLead')}
          </p>
          <input id="field-town" name="town" type="search" maxlength={200} value={search?.query ?? ''} autocomplete="street-address" aria-describedby="field-town-hint" />
        </div>
        <button type="submit">{t('areas.findButton')}</button>
      </form>
      {search ? (
        <div role="status" id="town-search-result">
          {found ? (
            <>
              <p class="lead">{t('areas.townFound', { town: found.town, area: found.area.name, district: found.district.name })}</p>
              <CoordinatorContact page={page} assignments={assignments.filter((a) => a.areaId === found.area.id)} />
              <ul class="actions">
                <li>
                  <a class="button" href={next('/help/request', found.district.id)}>
                    {t('areas.askHere')}
                  </a>
                </li>
                <li>
                  <a href={next('/volunteers/apply', found.district.id)}>{t('areas.volunteerHere')}</a>
                </li>
                <li>
                  <a href={`/areas/${found.area.id}`}>{t('areas.detailLink', { name: found.area.name })}</a>
                </li>
              </ul>
            </>
          ) : (
            <>
              <p>{t('areas.townNotFound', { query: search.query })}</p>
              <p>
                <a class="button" href={next('/help/request', 'unknown')}>
                  {t('areas.askUnknown')}
                </a>
              </p>
            </>
          )}
        </div>
      ) : null}
    </section>
  );
}
