import { describe, expect, it } from 'vitest';
import { loadTileSettings, tileImageSources } from './tile-settings.ts';

describe('map tile settings', () => {
  it('default to 地理院タイル with its attribution and link', () => {
    const settings = loadTileSettings({});
    expect(settings.urlTemplate).toBe('https://cyberjapandata.gsi.go.jp/xyz/std/{z}/{x}/{y}.png');
    expect(settings.attribution).toContain('国土地理院');
    expect(settings.attributionUrl).toMatch(/^https:\/\/maps\.gsi\.go\.jp\//);
  });

  it('accept another server, a path on this app, and no attribution link', () => {
    const osm = loadTileSettings({
      SASAEAI_TILE_URL: 'https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png',
      SASAEAI_TILE_ATTRIBUTION: '© OpenStreetMap contributors',
      SASAEAI_TILE_ATTRIBUTION_URL: '',
    });
    expect(osm).toEqual({ urlTemplate: 'https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png', attribution: '© OpenStreetMap contributors', attributionUrl: '' });
    expect(loadTileSettings({ SASAEAI_TILE_URL: '/tiles/{z}/{x}/{y}.png' }).urlTemplate).toBe('/tiles/{z}/{x}/{y}.png');
  });

  it('refuse a template without {z}/{x}/{y}, another scheme, a varying host or a javascript: link, naming every bad key', () => {
    expect(() => loadTileSettings({ SASAEAI_TILE_URL: 'https://tiles.example.jp/{z}/{x}.png' })).toThrow(/SASAEAI_TILE_URL: must contain \{z\}, \{x\} and \{y\}/);
    expect(() => loadTileSettings({ SASAEAI_TILE_URL: 'ftp://tiles.example.jp/{z}/{x}/{y}.png' })).toThrow(/SASAEAI_TILE_URL/);
    expect(() => loadTileSettings({ SASAEAI_TILE_URL: 'https://tiles-{s}.example.jp/{z}/{x}/{y}.png' })).toThrow(/only a leading \{s\}\./);
    let message = '';
    try {
      loadTileSettings({ SASAEAI_TILE_URL: 'tiles', SASAEAI_TILE_ATTRIBUTION_URL: 'javascript:alert(1)' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('SASAEAI_TILE_URL');
    expect(message).toContain('SASAEAI_TILE_ATTRIBUTION_URL');
  });

  it('give the CSP img-src origin of the tile server, a wildcard for {s}, and nothing for tiles served by the app', () => {
    expect(tileImageSources(loadTileSettings({}))).toEqual(['https://cyberjapandata.gsi.go.jp']);
    expect(tileImageSources(loadTileSettings({ SASAEAI_TILE_URL: 'https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png' }))).toEqual(['https://*.tile.openstreetmap.org']);
    expect(tileImageSources(loadTileSettings({ SASAEAI_TILE_URL: 'http://127.0.0.1:8080/{z}/{x}/{y}.png' }))).toEqual(['http://127.0.0.1:8080']);
    expect(tileImageSources(loadTileSettings({ SASAEAI_TILE_URL: '/tiles/{z}/{x}/{y}.png' }))).toEqual([]);
  });
});
