import { describe, expect, it } from 'vitest';
import { cleanCoordinates } from './clean-coordinates.ts';

describe('cleanCoordinates', () => {
  it('keeps a point in Japan', () => {
    expect(cleanCoordinates('41.75280871', '140.7163814')).toEqual({ latitude: 41.75280871, longitude: 140.7163814, problem: null });
  });

  it('reads full-width digits', () => {
    expect(cleanCoordinates('４３．７５', '１４２．４').latitude).toBe(43.75);
  });

  it('puts swapped latitude and longitude back and says so', () => {
    expect(cleanCoordinates('142.4210', '43.7554')).toEqual({ latitude: 43.7554, longitude: 142.421, problem: 'swapped' });
  });

  it('drops a point outside Japan with a problem', () => {
    expect(cleanCoordinates('35.0', '100.0')).toEqual({ latitude: null, longitude: null, problem: 'outOfJapan' });
    expect(cleanCoordinates('43.77', '-142.36').problem).toBe('outOfJapan');
  });

  it('drops a lone or unreadable value with a problem', () => {
    expect(cleanCoordinates('43.77', '').problem).toBe('unpaired');
    expect(cleanCoordinates('北緯43度', '142.36').problem).toBe('invalid');
  });

  it('treats empty cells and the 0,0 placeholder as no coordinates, without a problem', () => {
    expect(cleanCoordinates('', '')).toEqual({ latitude: null, longitude: null, problem: null });
    expect(cleanCoordinates('0', '0')).toEqual({ latitude: null, longitude: null, problem: null });
  });
});
