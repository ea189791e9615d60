import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Hono } from 'hono';
import type { AppEnv } from '../../../platform/http/app-env.ts';
import { sourceRoot } from '../../../source-root.ts';

// The map page's scripts and styles, read once at startup and served from
// memory like app.css. Pages link them with ?v=<hash of the content>, so a
// browser may keep a matching copy for a year and still gets a new file the
// moment it changes.

type Asset = { body: Uint8Array<ArrayBuffer>; type: string; version: string };

const require = createRequire(import.meta.url);
const leafletDist = path.dirname(require.resolve('leaflet/dist/leaflet.js'));
const clusterDist = path.dirname(require.resolve('leaflet.markercluster/dist/leaflet.markercluster.js'));
const webFolder = path.join(sourceRoot, 'web');

function readAsset(file: string, type: string): Asset {
  const body = new Uint8Array(fs.readFileSync(file));
  return { body, type, version: crypto.createHash('sha256').update(body).digest('hex').slice(0, 12) };
}

const linkedAssets = {
  '/static/leaflet/leaflet.js': readAsset(path.join(leafletDist, 'leaflet.js'), 'text/javascript; charset=utf-8'),
  '/static/leaflet/leaflet.css': readAsset(path.join(leafletDist, 'leaflet.css'), 'text/css; charset=utf-8'),
  '/static/leaflet/leaflet.markercluster.js': readAsset(path.join(clusterDist, 'leaflet.markercluster.js'), 'text/javascript; charset=utf-8'),
  '/static/leaflet/MarkerCluster.css': readAsset(path.join(clusterDist, 'MarkerCluster.css'), 'text/css; charset=utf-8'),
  '/static/resource-map.js': readAsset(path.join(webFolder, 'resource-map.js'), 'text/javascript; charset=utf-8'),
  '/static/resource-map.css': readAsset(path.join(webFolder, 'resource-map.css'), 'text/css; charset=utf-8'),
};

// leaflet.css refers to its images by relative URL, without a version.
const leafletImages = new Map(
  fs
    .readdirSync(path.join(leafletDist, 'images'))
    .filter((name) => name.endsWith('.png'))
    .map((name) => [name, readAsset(path.join(leafletDist, 'images', name), 'image/png')]),
);

/** The URL paths of the files the map page links. */
export type MapAssetPath = keyof typeof linkedAssets;

/** The URL a page links an asset by, carrying the content hash. */
export function mapAssetHref(assetPath: MapAssetPath): string {
  return `${assetPath}?v=${linkedAssets[assetPath].version}`;
}

/** Leaflet's files and the map page's own script and styles; mount before the per-request middleware. */
export const resourceMapAssets = new Hono<AppEnv>();

for (const [assetPath, asset] of Object.entries(linkedAssets)) {
  resourceMapAssets.get(assetPath, (c) => {
    const isCurrent = c.req.query('v') === asset.version;
    c.header('Cache-Control', isCurrent ? 'public, max-age=31536000, immutable' : 'public, max-age=3600');
    return c.body(asset.body, 200, { 'Content-Type': asset.type });
  });
}

resourceMapAssets.get('/static/leaflet/images/:name', (c) => {
  const asset = leafletImages.get(c.req.param('name'));
  if (!asset) return c.text('Not Found', 404);
  c.header('Cache-Control', 'public, max-age=86400');
  return c.body(asset.body, 200, { 'Content-Type': asset.type });
});
