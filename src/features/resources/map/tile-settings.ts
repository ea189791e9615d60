import { z } from 'zod';

// Until these keys move into src/config.ts they are read here, the same way:
// zod over process.env, parsed once, every bad key listed.
//
// The default is 地理院タイル (国土地理院): Japanese labels, free for public
// services with attribution, no key. OpenStreetMap's own tile servers ask
// for a Referer and forbid heavy use, so they suit a demo more than a city.

/** Scheme and host of an absolute template; undefined for a path on this app. */
function tileOrigin(template: string): { scheme: string; host: string } | undefined {
  const match = /^(https?):\/\/([^/]+)/.exec(template);
  return match ? { scheme: match[1]!, host: match[2]! } : undefined;
}
const tileHost = (template: string) => tileOrigin(template)?.host;

const tileTemplate = z
  .string()
  .trim()
  .refine((s) => /^(https?:\/\/[^/\s]+)?\/\S*$/.test(s), { error: 'must be an http(s) URL or a path starting with /' })
  .refine((s) => ['{z}', '{x}', '{y}'].every((part) => s.includes(part)), { error: 'must contain {z}, {x} and {y}' })
  // The CSP needs the host: only a leading {s}. can vary (it becomes *.).
  .refine((s) => !/[{}]/.test(tileHost(s)?.replace(/^\{s\}\./, '') ?? ''), { error: 'only a leading {s}. may vary in the host' });

const tileEnvironment = z.object({
  SASAEAI_TILE_URL: tileTemplate.default('https://cyberjapandata.gsi.go.jp/xyz/std/{z}/{x}/{y}.png'),
  SASAEAI_TILE_ATTRIBUTION: z.string().trim().min(1).max(200).default('出典：国土地理院（地理院タイル）'),
  SASAEAI_TILE_ATTRIBUTION_URL: z
    .union([z.literal(''), z.url({ protocol: /^https?$/ })])
    .default('https://maps.gsi.go.jp/development/ichiran.html'),
});

/** Where map pictures come from and the credit they need. */
export type TileSettings = {
  /** Leaflet URL template: {s} {z} {x} {y}. */
  urlTemplate: string;
  /** Plain text, never HTML. */
  attribution: string;
  /** Where the attribution links to; '' for no link. */
  attributionUrl: string;
};

/** Reads the map tile settings from an environment; throws listing every bad key. */
export function loadTileSettings(environment: NodeJS.ProcessEnv = process.env): TileSettings {
  const parsed = tileEnvironment.safeParse(environment);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`地図タイルの設定が正しくありません (invalid map tile settings):\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  return { urlTemplate: env.SASAEAI_TILE_URL, attribution: env.SASAEAI_TILE_ATTRIBUTION, attributionUrl: env.SASAEAI_TILE_ATTRIBUTION_URL };
}

let current: TileSettings | undefined;

/** The process's tile settings, read from process.env on first use. */
export function tileSettings(): TileSettings {
  current ??= loadTileSettings();
  return current;
}

/**
 * The origins the CSP img-src must allow for the tiles: [] when they are
 * served by this app, a `*.` wildcard where the template rotates {s} subdomains.
 */
export function tileImageSources(settings: TileSettings = tileSettings()): string[] {
  const origin = tileOrigin(settings.urlTemplate);
  return origin ? [`${origin.scheme}://${origin.host.replace(/^\{s\}\./, '*.')}`] : [];
}
