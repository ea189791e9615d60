import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Hono } from 'hono';
import type { AppEnv } from '../../platform/http/app-env.ts';
import { sourceRoot } from '../../source-root.ts';

// The answer forms' script (skip logic on the page, number keys, draft autosave),
// linked with a content hash so browsers may cache it for a year.
const body = new Uint8Array(fs.readFileSync(path.join(sourceRoot, 'web', 'survey-answer.js')));
const version = crypto.createHash('sha256').update(body).digest('hex').slice(0, 12);

export const surveyScriptSrc = `/static/survey-answer.js?v=${version}`;

export const surveyAssets = new Hono<AppEnv>();

surveyAssets.get('/static/survey-answer.js', (c) => {
  c.header('Cache-Control', c.req.query('v') === version ? 'public, max-age=31536000, immutable' : 'no-cache');
  return c.body(body, 200, { 'Content-Type': 'text/javascript; charset=utf-8' });
});
