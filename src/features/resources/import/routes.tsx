import { Hono } from 'hono';
import { requireRole } from '../../../platform/auth/permissions.ts';
import { AppError, Invalid } from '../../../platform/errors/app-error.ts';
import { serviceContext, type AppEnv } from '../../../platform/http/app-env.ts';
import type { BodyAllowance } from '../../../platform/http/body-limit.ts';
import { pageContext } from '../../../platform/layout/page-context.ts';
import { splitMessage } from '../../../platform/validation/fields.ts';
import { z } from 'zod';
import { setFlash } from '../../../platform/http/cookies.ts';
import { recordId } from '../../../platform/http/route-params.ts';
import { applyImport, planImport } from './service.ts';
import { changeImportRun, findRecentImportRuns, type RunChange } from './run-service.ts';
import { ImportPage } from './views/ImportPage.tsx';

export const importRoutes = new Hono<AppEnv>();

// A file's problem carries its parameters (the row, what was found) in the field's message.
function problemText(t: AppEnv['Variables']['t'], error: AppError): string {
  const { key, params } = splitMessage(error instanceof Invalid && error.fields[0] ? error.fields[0].message : error.messageKey);
  return t(key, params);
}
const adminOnly = requireRole('admin');
const maxBytes = 20 * 1024 * 1024;
const megabyte = 1024 * 1024;

// The upload carries the file in multipart; the confirmation sends it back as
// base64 in a form field (4/3 of the file, a little more once URL-encoded).
export const importBodyAllowances: BodyAllowance[] = [
  { path: /^\/staff\/resources\/import$/, maxBytes: maxBytes + megabyte },
  { path: /^\/staff\/resources\/import\/apply$/, maxBytes: Math.ceil((maxBytes * 4 * 1.1) / 3) + megabyte },
];

importRoutes.get('/staff/resources/import', adminOnly, async (c) => c.html(<ImportPage page={pageContext(c)} recentRuns={await findRecentImportRuns(serviceContext(c))} />));

importRoutes.post('/staff/resources/import', adminOnly, async (c) => {
  const body = await c.req.parseBody();
  const file = body.file;
  if (!(file instanceof File) || file.size === 0 || file.size > maxBytes) {
    c.status(422);
    return c.html(<ImportPage page={pageContext(c)} problem={c.get('t')('import.fileEmpty')} />);
  }
  const bytes = Buffer.from(await file.arrayBuffer());
  try {
    const plan = await planImport(serviceContext(c), bytes, file.name);
    return c.html(<ImportPage page={pageContext(c)} plan={plan} file={{ name: file.name, base64: bytes.toString('base64') }} />);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    c.status(422);
    return c.html(<ImportPage page={pageContext(c)} problem={problemText(c.get('t'), error)} />);
  }
});

importRoutes.post('/staff/resources/import/apply', adminOnly, async (c) => {
  const body = await c.req.parseBody();
  const fileName = typeof body.fileName === 'string' ? body.fileName.slice(0, 200) : 'import.csv';
  const data = typeof body.fileData === 'string' ? Buffer.from(body.fileData, 'base64') : Buffer.alloc(0);
  try {
    const result = await applyImport(serviceContext(c), data, fileName, { skipInvalid: body.skipInvalid === 'on', publish: body.publish === 'on' });
    return c.html(<ImportPage page={pageContext(c)} result={result} />);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    c.status(422);
    const plan = await planImport(serviceContext(c), data, fileName).catch(() => undefined);
    return c.html(<ImportPage page={pageContext(c)} plan={plan} file={{ name: fileName, base64: data.toString('base64') }} problem={problemText(c.get('t'), error)} />);
  }
});

const runChange = z.discriminatedUnion('action', [
  z.object({ action: z.literal('publish') }),
  z.object({ action: z.literal('archive') }),
  z.object({ action: z.literal('category'), needCategoryId: z.uuid() }),
  z.object({ action: z.literal('area'), areaId: z.uuid() }),
]) satisfies z.ZodType<RunChange>;

const changedFlash: Record<RunChange['action'], string> = {
  publish: 'import.runPublished',
  archive: 'import.runArchived',
  category: 'import.runCategoryAdded',
  area: 'import.runAreaSet',
};

// One change to every listing of a run (admins: a run spans areas).
importRoutes.post('/staff/resources/import-runs/:id', adminOnly, async (c) => {
  const id = recordId(c.req.param('id'));
  const change = runChange.safeParse(await c.req.parseBody());
  if (!change.success) throw new Invalid([{ path: 'action', message: 'validation.choice' }]);
  await changeImportRun(serviceContext(c), id, change.data);
  setFlash(c, changedFlash[change.data.action]);
  return c.redirect(change.data.action === 'archive' ? '/staff/resources' : `/staff/resources?importRun=${id}`, 303);
});
