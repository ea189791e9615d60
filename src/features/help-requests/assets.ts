import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Hono } from 'hono';
import type { AppEnv } from '../../platform/http/app-env.ts';
import { sourceRoot } from '../../source-root.ts';

// The intake page's draft script, read once and linked with a content hash so
// browsers may cache it for a year and still get a changed file at once.
const body = new Uint8Array(fs.readFileSync(path.join(sourceRoot, 'web', 'intake-draft.js')));
const version = crypto.createHash('sha256').update(body).digest('hex').slice(0, 12);

export const intakeScriptSrc = `/static/intake-draft.js?v=${version}`;

export const intakeAssets = new Hono<AppEnv>();

intakeAssets.get('/static/intake-draft.js', (c) => {
  c.header('Cache-Control', c.req.query('v') === version ? 'public, max-age=31536000, immutable' : 'no-cache');
  return c.body(body, 200, { 'Content-Type': 'text/javascript; charset=utf-8' });
});
