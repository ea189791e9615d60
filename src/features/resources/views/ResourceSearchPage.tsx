import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import type { AreaWithDistricts } from '../../areas/service.ts';
import type { NeedCategoryRow, ResourceDetail, SearchFacets } from '../service.ts';
import type { ResourceSearchQuery } from '../validation.ts';
import { resourceSearchHref } from '../map/search-href.ts';
import { ResourceCard } from './ResourceCard.tsx';

type Props = {
  page: PageContext;
  query: ResourceSearchQuery;
  results: (ResourceDetail & { distanceKm: number | null })[];
  facets: SearchFacets;
  categories: NeedCategoryRow[];
  areas: AreaWithDistricts[];
  pageNumber: number;
  pageCount: number;
  sort: string;
};

const weekdayOrder = [1, 2, 3, 4, 5, 6, 0];

/** The query as URL parameters, with some values replaced: for pagination and filter links. */
function queryHref(query: ResourceSearchQuery, changes: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  const current: Record<string, string | undefined> = {
    q: query.q || undefined,
    category: query.category,
    area: query.area,
    district: query.district,
    weekday: query.weekday === undefined ? undefined : String(query.weekday),
    free: query.free ? '1' : undefined,
    transport: query.transport ? '1' : undefined,
    target: query.target || undefined,
    sort: query.sort,
  };
  for (const [key, value] of Object.entries({ ...current, ...changes })) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `/resources?${text}` : '/resources';
}

/** A listing's page, carrying the search it was found by so 「検索結果へ戻る」 returns to it. */
function detailHref(id: string, query: ResourceSearchQuery): string {
  const back = resourceSearchHref('/resources', query).split('?')[1];
  return back ? `/resources/${id}?${new URLSearchParams({ back })}` : `/resources/${id}`;
}

/** A filter's label with its count; past the count limit there are no counts to show. */
function counted(facets: SearchFacets, label: string, count: number | undefined): string {
  return facets.isCapped ? label : `${label}（${count ?? 0}）`;
}

/** Search and filter local activities; works without JavaScript and prints as a list. */
export function ResourceSearchPage({ page, query, results, facets, categories, areas, pageNumber, pageCount, sort }: Props) {
  const { t } = page;
  const districts = areas.flatMap((a) => a.districts);
  return (
    <Layout page={page} title={t('resources.title')}>
      <h1>{t('resources.title')}</h1>
      <p class="lead">{t('resources.lead')}</p>
      <form method="get" action="/resources" class="search-form" role="search">
        <div class="field">
          <label for="q">{t('resources.searchLabel')}</label>
          <p class="field-hint" id="q-hint">
            {t('resources.searchHint')}
          </p>
          <input id="q" name="q" type="search" value={query.q} aria-describedby="q-hint" />
        </div>
        <fieldset class="filters">
          <legend>{t('resources.filters')}</legend>
          <div class="filter-grid">
            <div class="field">
              <label for="category">{t('resources.category')}</label>
              <select id="category" name="category">
                <option value="">{t('resources.anyValue')}</option>
                {categories.map((c) => (
                  <option value={c.code} selected={c.code === query.category}>
                    {counted(facets, c.name, facets.categories[c.id])}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="area">{t('resources.area')}</label>
              <select id="area" name="area">
                <option value="">{t('resources.anyValue')}</option>
                {areas.map((a) => (
                  <option value={a.id} selected={a.id === query.area}>
                    {counted(facets, a.name, facets.areas[a.id])}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="district">{t('resources.district')}</label>
              <select id="district" name="district">
                <option value="">{t('resources.anyValue')}</option>
                {districts.map((d) => (
                  <option value={d.id} selected={d.id === query.district}>
                    {counted(facets, d.name, facets.districts[d.id])}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="weekday">{t('resources.weekday')}</label>
              <select id="weekday" name="weekday">
                <option value="">{t('resources.anyValue')}</option>
                {weekdayOrder.map((w) => (
                  <option value={String(w)} selected={w === query.weekday}>
                    {counted(facets, t(`resources.weekday.${w}`), facets.weekdays[String(w)])}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="target">{t('resources.target')}</label>
              <input id="target" name="target" type="text" value={query.target} />
            </div>
            <div class="field">
              <label for="sort">{t('resources.sort')}</label>
              <p class="field-hint" id="sort-hint">
                {t('resources.sortDistanceHint')}
              </p>
              <select id="sort" name="sort" aria-describedby="sort-hint">
                {/* Preselecting the order a bare page resolved to (五十音) would send it as a choice with the next words typed. */}
                <option value="" selected={query.sort === undefined}>
                  {t('resources.sort.default')}
                </option>
                {(['relevance', 'reading', 'distance'] as const).map((s) => (
                  <option value={s} selected={query.sort !== undefined && s === sort}>
                    {t(`resources.sort.${s}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <span class="checkbox-option">
            <input type="checkbox" id="free" name="free" value="1" checked={query.free} />
            <label for="free">{counted(facets, t('resources.freeOnly'), facets.free)}</label>
          </span>
          <span class="checkbox-option">
            <input type="checkbox" id="transport" name="transport" value="1" checked={query.transport} />
            <label for="transport">{counted(facets, t('resources.transportOnly'), facets.transport)}</label>
          </span>
        </fieldset>
        <div class="actions">
          <button type="submit">{t('resources.search')}</button>
          <a href="/resources">{t('resources.clear')}</a>
        </div>
      </form>
      <h2 id="results" aria-live="polite">
        {facets.isCapped ? t('resources.resultCountCapped', { count: facets.total.toLocaleString('en') }) : t('resources.resultCount', { count: facets.total })}
      </h2>
      {facets.isCapped ? <p>{t('resources.countsCappedHint')}</p> : null}
      <p class="no-print">
        <a href={resourceSearchHref('/resources/map', query)}>{t('map.openMap')}</a>
      </p>
      {results.length === 0 ? <p>{t('resources.noResults')}</p> : null}
      <ol class="result-list">
        {results.map((resource) => (
          <li>
            <ResourceCard page={page} resource={resource} categories={categories} headingLevel={3} linkTo={detailHref(resource.id, query)} />
          </li>
        ))}
      </ol>
      {pageCount > 1 ? (
        <nav aria-label={t('form.page', { page: pageNumber })} class="pagination no-print">
          {pageNumber > 1 ? <a href={queryHref(query, { page: String(pageNumber - 1) })}>{t('form.previous')}</a> : null}
          <span>{facets.isCapped ? t('form.page', { page: pageNumber }) : `${pageNumber} / ${pageCount}`}</span>
          {pageNumber < pageCount ? <a href={queryHref(query, { page: String(pageNumber + 1) })}>{t('form.next')}</a> : null}
        </nav>
      ) : null}
      <p class="no-print">
        {t('export.openData')}: <a href="/resources/export.csv?format=public-facilities">{t('export.publicFacilities')}</a> ・{' '}
        <a href="/resources/export.csv">{t('export.sasaeaiFormat')}</a> ・ <a href="/resources/export.hsds.json">{t('export.hsds')}</a>
      </p>
    </Layout>
  );
}
