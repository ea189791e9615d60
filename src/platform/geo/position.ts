import { z } from 'zod';

/** A point on the map in degrees (WGS84, as map sites give them); `districtCentre` when it stands in for someone's home. */
export type Position = { latitude: number; longitude: number; districtCentre?: boolean };

// Japan from Yonaguni (122.9°E) to Minamitorishima (154.0°E), Okinotorishima (20.4°N) to Etorofu (45.6°N), with a margin.
export const japanBounds = { latitude: { min: 20, max: 46 }, longitude: { min: 122, max: 154 } } as const;

/** Where someone is for matching: their own coordinates, else their district's centroid, else unknown. */
export function positionOf(own: Partial<Record<keyof Position, number | null>>, district: Partial<Record<keyof Position, number | null>> | null): Position | null {
  if (own.latitude != null && own.longitude != null) return { latitude: own.latitude, longitude: own.longitude };
  if (district?.latitude != null && district.longitude != null) return { latitude: district.latitude, longitude: district.longitude, districtCentre: true };
  return null;
}

const earthRadiusKm = 6371.0088;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Straight-line (great-circle, haversine) distance between two points, in kilometres. */
export function distanceKm(a: Position, b: Position): number {
  const dLat = radians(b.latitude - a.latitude);
  const dLon = radians(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(h)));
}

// A decimal number of degrees as typed (全角 digits allowed), inside Japan's bounds, or empty.
function optionalDegrees(range: { min: number; max: number }, error: string) {
  return z
    .string()
    .optional()
    .transform((s) => (s ?? '').normalize('NFKC').trim())
    .refine((s) => s === '' || (/^-?\d{1,3}(\.\d{1,10})?$/.test(s) && Number(s) >= range.min && Number(s) <= range.max), { error })
    .transform((s) => (s === '' ? null : Number(s)));
}

/** Optional 緯度 and 経度 form fields: both empty, or both inside Japan. */
export const optionalCoordinates = {
  latitude: optionalDegrees(japanBounds.latitude, 'validation.latitudeInJapan'),
  longitude: optionalDegrees(japanBounds.longitude, 'validation.longitudeInJapan'),
};

/** For an object's refine: a latitude without a longitude (or the reverse) is a mistake. */
export function coordinatesPaired(v: { latitude?: number | null; longitude?: number | null }): boolean {
  return (v.latitude == null) === (v.longitude == null);
}
export const coordinatesPairProblem = { path: ['longitude'], error: 'validation.coordinatesPair' };
