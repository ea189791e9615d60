import { describe, expect, it } from 'vitest';
import { defaultMapCenter, mapCenter, scriptJson } from './map-markers.ts';
import { resourceSearchHref } from './search-href.ts';
import { lenientSearchQuery } from '../validation.ts';

describe('the map page data', () => {
  it('centres on the mean of the markers, or on Asahikawa when there are none', () => {
    expect(mapCenter([])).toEqual(defaultMapCenter);
    const center = mapCenter([
      { lat: 43.7, lng: 142.3 },
      { lat: 43.8, lng: 142.5 },
    ]);
    expect(center.lat).toBeCloseTo(43.75, 10);
    expect(center.lng).toBeCloseTo(142.4, 10);
  });

  it('writes JSON that no listing text can break out of a script element with, and that parses back unchanged', () => {
    const markers = [{ name: '</script><script>alert(1)</script><!-- 「サロン」 & \u2028' }];
    const json = scriptJson(markers);
    expect(json).not.toMatch(/<|\u2028/);
    expect(JSON.parse(json)).toEqual(markers);
  });

  it('links back to the list with the same filters and sort, without paging', () => {
    const query = lenientSearchQuery({ q: '除雪 サロン', weekday: '1', free: '1', sort: 'reading', page: '3', perPage: '50' });
    expect(resourceSearchHref('/resources', query)).toBe('/resources?q=%E9%99%A4%E9%9B%AA+%E3%82%B5%E3%83%AD%E3%83%B3&weekday=1&free=1&sort=reading');
    expect(resourceSearchHref('/resources/map', lenientSearchQuery({}))).toBe('/resources/map');
  });
});
