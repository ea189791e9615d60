import { Layout } from '../../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../../platform/layout/page-context.ts';
import type { AreaWithDistricts } from '../../../areas/service.ts';
import type { NeedCategoryRow } from '../../service.ts';
import type { ResourceSearchQuery } from '../../validation.ts';
import { mapAssetHref } from '../assets.ts';
import { mapCenter, scriptJson, type MapMarker } from '../map-markers.ts';
import { resourceSearchHref } from '../search-href.ts';
import type { TileSettings } from '../tile-settings.ts';

type Props = {
  page: PageContext;
  query: ResourceSearchQuery;
  categories: NeedCategoryRow[];
  areas: AreaWithDistricts[];
  markers: MapMarker[];
  /** Listings matching the filters, with or without a location. */
  total: number;
  /** Of those, how many were fetched (the rest are beyond the page size). */
  fetched: number;
  tiles: TileSettings;
};

/** The active filters in words, e.g. ["ことば: 除雪", "曜日: 月"]. */
function filterSummary(page: PageContext, query: ResourceSearchQuery, categories: NeedCategoryRow[], areas: AreaWithDistricts[]): string[] {
  const { t } = page;
  const district = areas.flatMap((a) => a.districts).find((d) => d.id === query.district);
  const items: [string, string | undefined][] = [
    [t('map.keyword'), query.q.trim() || undefined],
    [t('resources.category'), categories.find((c) => c.code === query.category)?.name],
    [t('resources.area'), areas.find((a) => a.id === query.area)?.name],
    [t('resources.district'), district?.name],
    [t('resources.weekday'), query.weekday === undefined ? undefined : t(`resources.weekday.${query.weekday}`)],
    [t('resources.target'), query.target.trim() || undefined],
  ];
  const summary = items.filter(([, value]) => value).map(([label, value]) => `${label}: ${value}`);
  if (query.free) summary.push(t('resources.freeOnly'));
  if (query.transport) summary.push(t('resources.transportOnly'));
  return summary;
}

/** Listings on a Leaflet map, with the same listings as a list that works without JavaScript or tiles. */
export function ResourceMapPage({ page, query, categories, areas, markers, total, fetched, tiles }: Props) {
  const { t } = page;
  const summary = filterSummary(page, query, categories, areas);
  const withoutPlace = fetched - markers.length;
  const center = mapCenter(markers);
  return (
    <Layout page={page} title={t('map.title')}>
      {/* Layout has no slot for the head; stylesheets are allowed in the body. */}
      <link rel="stylesheet" href={mapAssetHref('/static/leaflet/leaflet.css')} />
      <link rel="stylesheet" href={mapAssetHref('/static/leaflet/MarkerCluster.css')} />
      <link rel="stylesheet" href={mapAssetHref('/static/resource-map.css')} />
      <h1>{t('map.title')}</h1>
      <section class="map-filters" aria-labelledby="map-filters-title">
        <h2 id="map-filters-title">{t('map.filters')}</h2>
        {summary.length ? (
          <ul>
            {summary.map((item) => (
              <li>{item}</li>
            ))}
          </ul>
        ) : (
          <p>{t('map.noFilters')}</p>
        )}
        <p>
          <a href={resourceSearchHref('/resources', query)}>{t('map.backToList')}</a>
        </p>
      </section>
      <p>
        {markers.length ? t('map.shownCount', { count: markers.length }) : t('map.noPlaces')}
        {withoutPlace > 0 ? ` ${t('map.withoutPlace', { count: withoutPlace })}` : ''}
        {fetched < total ? ` ${t('map.truncated', { total, shown: fetched })}` : ''}
      </p>
      {markers.length ? (
        <>
          {/* Shown by resource-map.js: without JavaScript there is only the list. */}
          <div class="resource-map-block" id="resource-map-block" hidden>
            <p class="lead">{t('map.lead')}</p>
            <p class="no-print">
              <a href="#resource-map-list">{t('map.skipMap')}</a>
            </p>
            <div
              id="resource-map"
              class="resource-map"
              role="region"
              aria-label={t('map.region')}
              data-tile-url={tiles.urlTemplate}
              data-attribution={tiles.attribution}
              data-attribution-url={tiles.attributionUrl}
              data-center-lat={center.lat.toFixed(6)}
              data-center-lng={center.lng.toFixed(6)}
              data-label-zoom-in={t('map.zoomIn')}
              data-label-zoom-out={t('map.zoomOut')}
              data-label-close={t('map.closePopup')}
              data-label-tiles-failed={t('map.tilesFailed')}
              data-label-cluster={t('map.cluster')}
            />
          </div>
          <script type="application/json" id="resource-map-data" dangerouslySetInnerHTML={{ __html: scriptJson(markers) }} />
          <h2 id="resource-map-list" tabindex={-1}>
            {t('map.listHeading', { count: markers.length })}
          </h2>
          <ol class="resource-map-list">
            {markers.map((m) => (
              <li>
                <h3>
                  <a href={m.href}>{m.name}</a>
                </h3>
                {m.notice ? (
                  <p class="notice">
                    <strong>{m.notice}</strong>
                  </p>
                ) : null}
                <dl class="facts">
                  {m.when ? (
                    <>
                      <dt>{t('resources.when')}</dt>
                      <dd>{m.when}</dd>
                    </>
                  ) : null}
                  {m.place ? (
                    <>
                      <dt>{t('resources.place')}</dt>
                      <dd>{m.place}</dd>
                    </>
                  ) : null}
                </dl>
              </li>
            ))}
          </ol>
          <script src={mapAssetHref('/static/leaflet/leaflet.js')} defer />
          <script src={mapAssetHref('/static/leaflet/leaflet.markercluster.js')} defer />
          <script src={mapAssetHref('/static/resource-map.js')} defer />
        </>
      ) : null}
    </Layout>
  );
}
