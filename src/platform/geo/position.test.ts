import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { coordinatesPairProblem, coordinatesPaired, distanceKm, optionalCoordinates, positionOf } from './position.ts';

const asahikawaStation = { latitude: 43.7628, longitude: 142.3583 };
const asahiyamaZoo = { latitude: 43.7686, longitude: 142.4797 };

describe('straight-line distance', () => {
  it('is zero for the same point and the same both ways', () => {
    expect(distanceKm(asahikawaStation, asahikawaStation)).toBe(0);
    expect(distanceKm(asahikawaStation, asahiyamaZoo)).toBeCloseTo(distanceKm(asahiyamaZoo, asahikawaStation), 10);
  });

  it('measures about 9.8 km from 旭川駅 to 旭山動物園 and about 1,000 km from 旭川 to 東京駅', () => {
    expect(distanceKm(asahikawaStation, asahiyamaZoo)).toBeCloseTo(9.76, 1);
    expect(distanceKm(asahikawaStation, { latitude: 35.6812, longitude: 139.7671 })).toBeGreaterThan(900);
    expect(distanceKm(asahikawaStation, { latitude: 35.6812, longitude: 139.7671 })).toBeLessThan(950);
  });

  it('gives one degree of latitude as about 111 km', () => {
    expect(distanceKm({ latitude: 35, longitude: 139 }, { latitude: 36, longitude: 139 })).toBeCloseTo(111.2, 0);
  });
});

describe("a person's position", () => {
  it('is their own coordinates, else their district centroid, else unknown', () => {
    const centroid = { latitude: 43.75, longitude: 142.4 };
    expect(positionOf({ latitude: 43.77, longitude: 142.36 }, centroid)).toEqual({ latitude: 43.77, longitude: 142.36 });
    expect(positionOf({ latitude: null, longitude: null }, centroid)).toEqual({ ...centroid, districtCentre: true });
    expect(positionOf({ latitude: 43.77, longitude: null }, centroid)).toEqual({ ...centroid, districtCentre: true });
    expect(positionOf({}, { latitude: null, longitude: null })).toBeNull();
    expect(positionOf({}, null)).toBeNull();
  });
});

describe('coordinate form fields', () => {
  const schema = z.object(optionalCoordinates).refine(coordinatesPaired, coordinatesPairProblem);
  const problems = (input: Record<string, string>) => schema.safeParse(input).error?.issues.map((i) => `${i.path.join('.')}:${i.message}`) ?? [];

  it('accept both empty, or both inside Japan, with full-width digits', () => {
    expect(schema.parse({ latitude: '', longitude: '' })).toEqual({ latitude: null, longitude: null });
    expect(schema.parse({})).toEqual({ latitude: null, longitude: null });
    expect(schema.parse({ latitude: '４３．７６２８', longitude: ' 142.3583 ' })).toEqual({ latitude: 43.7628, longitude: 142.3583 });
  });

  it('refuse points outside Japan, text, and one without the other, with catalog keys', () => {
    expect(problems({ latitude: '51.5', longitude: '-0.12' })).toEqual(['latitude:validation.latitudeInJapan', 'longitude:validation.longitudeInJapan']);
    expect(problems({ latitude: '北緯43度', longitude: '142.3' })).toEqual(['latitude:validation.latitudeInJapan']);
    expect(problems({ latitude: '43.7', longitude: '' })).toEqual(['longitude:validation.coordinatesPair']);
  });
});
