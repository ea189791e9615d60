import { createMiddleware } from 'hono/factory';
import { Invalid } from '../errors/app-error.ts';
import { isReadableFormText, isReadableJson, isReadableText } from '../validation/readable-text.ts';
import type { AppContext, AppEnv } from './app-env.ts';

const unreadable = () => new Invalid([], { status: 422, code: 'invalid_text', messageKey: 'error.invalidText' });
const malformed = () => new Invalid([], { status: 400, code: 'bad_request', messageKey: 'error.badRequest' });
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function mediaType(c: AppContext): string {
  return (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

async function checkBody(c: AppContext): Promise<void> {
  const type = mediaType(c);
  if (type !== 'application/x-www-form-urlencoded' && type !== 'multipart/form-data' && !/^application\/([\w.-]+\+)?json$/.test(type)) return;
  // Read through Hono's body cache, so the route's parseBody() and json() reuse these bytes.
  const bytes = await c.req.arrayBuffer();
  if (type === 'multipart/form-data') {
    const form = new Response(bytes, { headers: { 'content-type': c.req.header('content-type')! } }).formData();
    // Hono keeps the promise there (its type says FormData) and parseBody() awaits it.
    c.req.bodyCache.formData = form as unknown as FormData;
    const entries = await form.catch(() => {
      throw malformed();
    });
    let readable = true;
    entries.forEach((value, name) => {
      if (!isReadableText(name) || (typeof value === 'string' && !isReadableText(value))) readable = false;
    });
    if (!readable) throw unreadable();
    return;
  }
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    throw unreadable();
  }
  if (type === 'application/x-www-form-urlencoded') {
    if (!isReadableFormText(text)) throw unreadable();
    return;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return; // the route answers malformed JSON itself
  }
  if (!isReadableJson(value)) throw unreadable();
}

/**
 * The one input rule at the edge: no NUL, no lone surrogate, nothing but
 * UTF-8, in the path, the query or a form or JSON body. Refused with 422
 * before any route sees it, so no query or export meets such text.
 */
export const refuseUnreadableInput = createMiddleware<AppEnv>(async (c, next) => {
  const url = new URL(c.req.url);
  if (!isReadableFormText(url.pathname) || !isReadableFormText(url.search.slice(1))) throw unreadable();
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD') await checkBody(c);
  await next();
});
