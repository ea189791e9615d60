// Cleaning rule for 緯度/経度: files swap them, leave one empty, write 0 for
// "unknown", or hold points far from Japan.
import { cleanLine } from './clean-text.ts';

/** Japan's bounding box, the same as resourceInput accepts. */
export const japanBounds = { latitude: [20, 46], longitude: [122, 154] } as const;

export type CoordinateProblem = 'swapped' | 'outOfJapan' | 'invalid' | 'unpaired';

/** Cleaned coordinates, both or neither, with what was wrong if anything. */
export type CoordinateResult = { latitude: number | null; longitude: number | null; problem: CoordinateProblem | null };

function readNumber(text: string): number | null | 'invalid' {
  const value = cleanLine(text);
  if (value === '') return null;
  return /^[+-]?\d+(\.\d+)?$/.test(value) ? Number(value) : 'invalid';
}

function inJapan(latitude: number, longitude: number): boolean {
  const [minLat, maxLat] = japanBounds.latitude;
  const [minLng, maxLng] = japanBounds.longitude;
  return latitude >= minLat && latitude <= maxLat && longitude >= minLng && longitude <= maxLng;
}

/** Reads 緯度/経度: swapped pairs are put back, a point outside Japan or a lone or unreadable value is dropped with a problem. */
export function cleanCoordinates(latitudeText: string, longitudeText: string): CoordinateResult {
  const none = { latitude: null, longitude: null };
  const latitude = readNumber(latitudeText);
  const longitude = readNumber(longitudeText);
  if (latitude === 'invalid' || longitude === 'invalid') return { ...none, problem: 'invalid' };
  if (latitude === null && longitude === null) return { ...none, problem: null };
  if (latitude === null || longitude === null) return { ...none, problem: 'unpaired' };
  // 0,0 is how many files say "not geocoded"; it is blank, not a wrong point.
  if (latitude === 0 && longitude === 0) return { ...none, problem: null };
  if (inJapan(latitude, longitude)) return { latitude, longitude, problem: null };
  if (inJapan(longitude, latitude)) return { latitude: longitude, longitude: latitude, problem: 'swapped' };
  return { ...none, problem: 'outOfJapan' };
}
