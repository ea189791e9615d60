import type { PageContext } from '../../../platform/layout/page-context.ts';
import { placeText, scheduleText } from '../listing-text.ts';
import type { ResourceDetail } from '../service.ts';

/** One listing as the map script reads it: plain text only, the script never parses HTML. */
export type MapMarker = {
  id: string;
  name: string;
  href: string;
  lat: number;
  lng: number;
  when: string;
  place: string;
  /** 休止中 and the like; '' while active. */
  notice: string;
};

/** Asahikawa city hall: the view when no listing has a location. */
export const defaultMapCenter = { lat: 43.77, lng: 142.365 } as const;

type Placed = ResourceDetail & { latitude: number; longitude: number };

/** The listings that have both coordinates, in the order given. */
export function placedResources<T extends ResourceDetail>(results: T[]): (T & Placed)[] {
  return results.filter((r): r is T & Placed => r.latitude !== null && r.longitude !== null);
}

/** The marker data for placed listings, in the words of the page's language. */
export function mapMarkers(page: Pick<PageContext, 't' | 'locale'>, resources: Placed[]): MapMarker[] {
  return resources.map((r) => ({
    id: r.id,
    name: r.name,
    href: `/resources/${r.id}`,
    lat: r.latitude,
    lng: r.longitude,
    when: scheduleText(page, r),
    place: placeText(r),
    notice: r.status === 'active' && !r.statusNotice ? '' : [page.t(`resources.status.${r.status}`), r.statusNotice].filter(Boolean).join(' '),
  }));
}

/** The mean position of the markers, or the default centre when there are none. */
export function mapCenter(markers: Pick<MapMarker, 'lat' | 'lng'>[]): { lat: number; lng: number } {
  if (markers.length === 0) return { ...defaultMapCenter };
  const sum = markers.reduce((acc, m) => ({ lat: acc.lat + m.lat, lng: acc.lng + m.lng }), { lat: 0, lng: 0 });
  return { lat: sum.lat / markers.length, lng: sum.lng / markers.length };
}

/**
 * JSON safe inside <script type="application/json">: with every `<` escaped,
 * no text can close the element or open a comment.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
