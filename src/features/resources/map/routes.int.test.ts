import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type TestClient } from '../../../../test/support/http-client.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import type { MapMarker } from './map-markers.ts';

let testApp: TestApp;
let admin: TestClient;
let visitor: TestClient;
const hostileName = '</script><script>alert(1)</script>見守り<!--';

async function create(listing: Record<string, unknown>): Promise<string> {
  const response = await admin.json('POST', '/api/v1/resources', { isPublished: true, costKind: 'text', ...listing });
  expect(response.status, await response.clone().text()).toBe(201);
  return ((await response.json()) as { resource: { id: string } }).resource.id;
}

async function mapPage(query = ''): Promise<{ html: string; markers: MapMarker[] }> {
  const response = await visitor.get(`/resources/map${query}`);
  expect(response.status).toBe(200);
  const html = await response.text();
  const json = /<script type="application\/json" id="resource-map-data">([^<]*)<\/script>/.exec(html)?.[1];
  return { html, markers: json === undefined ? [] : (JSON.parse(json) as MapMarker[]) };
}

let ids: Record<'hostile' | 'salon' | 'phone' | 'draft', string>;

beforeAll(async () => {
  testApp = await createTestApp();
  admin = createClient(testApp);
  visitor = createClient(testApp);
  await admin.signIn('admin@example.jp');
  await admin.get('/staff/resources/new');
  ids = {
    hostile: await create({
      name: hostileName,
      schedule: { rules: [{ kind: 'weekly', weekdays: [1], startTime: '10:00', endTime: '12:00' }], season: null, note: '' },
      address: '旭川市東光1条1丁目',
      latitude: 43.75,
      longitude: 142.39,
    }),
    salon: await create({ name: 'ふれあいサロン', costKind: 'free', latitude: 43.79, longitude: 142.35, status: 'temporarily_closed', statusNotice: '冬の間' }),
    phone: await create({ name: 'でんわ相談' }),
    draft: await create({ name: '下書きの活動', isPublished: false, latitude: 43.7, longitude: 142.4 }),
  };
});

afterAll(async () => testApp.close());

describe('the resource map page', () => {
  it('puts each published listing that has a location on the map and in the list, and leaves out the rest', async () => {
    const { html, markers } = await mapPage();
    expect(markers.map((m) => m.id).sort()).toEqual([ids.hostile, ids.salon].sort());
    const salon = markers.find((m) => m.id === ids.salon)!;
    expect(salon).toMatchObject({ name: 'ふれあいサロン', href: `/resources/${ids.salon}`, lat: 43.79, lng: 142.35, notice: '休止中 冬の間' });
    const hostile = markers.find((m) => m.id === ids.hostile)!;
    expect(hostile.when).toContain('月');
    expect(hostile.place).toBe('旭川市東光1条1丁目');
    const list = /<ol class="resource-map-list">([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
    expect(list.match(/<li>/g)).toHaveLength(2);
    expect(list).toContain(`href="/resources/${ids.salon}"`);
    expect(list).toContain('旭川市東光1条1丁目');
    expect(html).not.toContain('でんわ相談');
    expect(html).not.toContain('下書きの活動');
    const center = { lat: Number(/data-center-lat="([^"]+)"/.exec(html)?.[1]), lng: Number(/data-center-lng="([^"]+)"/.exec(html)?.[1]) };
    expect(center.lat).toBeCloseTo(43.77, 6);
    expect(center.lng).toBeCloseTo(142.37, 6);
  });

  it('keeps a listing name from closing the data script or starting a script of its own', async () => {
    const { html, markers } = await mapPage();
    expect(markers.find((m) => m.id === ids.hostile)?.name).toBe(hostileName);
    expect(html).not.toContain('<script>alert(1)');
    expect(html.match(/<script/g)).toHaveLength(4);
  });

  it('applies the same filters as the list and links back to the list with them', async () => {
    const { html, markers } = await mapPage('?free=1&page=7&perPage=5');
    expect(markers.map((m) => m.name)).toEqual(['ふれあいサロン']);
    expect(html).toContain('href="/resources?free=1"');
  });

  it('shows no map, data or map scripts when nothing matching has a location', async () => {
    const { html } = await mapPage('?q=でんわ');
    expect(html).not.toContain('id="resource-map"');
    expect(html).not.toContain('resource-map-data');
    expect(html).not.toContain('leaflet.js');
  });

  it('links Leaflet only from the map page, and serves it with its type and long caching for the linked version', async () => {
    expect(await (await visitor.get('/resources')).text()).not.toContain('leaflet');
    const { html } = await mapPage();
    const scripts = [...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    expect(scripts.map((s) => s.split('?')[0])).toEqual(['/static/leaflet/leaflet.js', '/static/leaflet/leaflet.markercluster.js', '/static/resource-map.js']);
    for (const href of scripts) {
      const response = await visitor.get(href);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
    expect((await visitor.get('/static/leaflet/leaflet.js?v=old')).headers.get('cache-control')).toBe('public, max-age=3600');
    const css = await visitor.get('/static/leaflet/leaflet.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    const icon = await visitor.get('/static/leaflet/images/marker-icon.png');
    expect(icon.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await icon.arrayBuffer()).slice(1, 4)).toEqual(new TextEncoder().encode('PNG'));
    expect((await visitor.get('/static/leaflet/images/secret.png')).status).toBe(404);
    expect((await visitor.get('/static/leaflet/images/..%2Fleaflet.js')).status).toBe(404);
  });

  it('lets the page load the tiles: the tile server is in the CSP img-src and scripts stay self-only', async () => {
    const csp = (await visitor.get('/resources/map')).headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/img-src 'self' data: https:\/\/cyberjapandata\.gsi\.go\.jp/);
    expect(csp).toContain("script-src 'self'");
  });
});
