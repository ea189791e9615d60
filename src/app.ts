import fs from 'node:fs';
import path from 'node:path';
import { OpenAPIHono } from '@hono/zod-openapi';
import { secureHeaders } from 'hono/secure-headers';
import { areaApi } from './features/areas/api.ts';
import { areaRoutes } from './features/areas/routes.tsx';
import { auditLogRoutes } from './features/audit-log/routes.tsx';
import { coordinatorApi } from './features/coordinators/api.ts';
import { coordinatorRoutes } from './features/coordinators/routes.tsx';
import { coordinatorActivityRoutes } from './features/coordinator-activities/routes.tsx';
import { handoutBodyAllowances, meetingRoutes } from './features/councils/meeting-routes.tsx';
import { councilRoutes } from './features/councils/routes.tsx';
import { surveyAssets } from './features/surveys/assets.ts';
import { publicSurveyRoutes } from './features/surveys/public-routes.tsx';
import { surveyRoutes } from './features/surveys/routes.tsx';
import { registrationApi } from './features/events/registrations/api.ts';
import { bankStatementBodyAllowances, participantRoutes } from './features/events/participants/routes.tsx';
import { eventRoutes } from './features/events/routes.tsx';
import { eventApi } from './features/events/api.ts';
import { eventFiguresRoutes } from './features/events/attendance/routes.tsx';
import { eventCalendarRoutes } from './features/events/calendar/routes.ts';
import { eventExportRoutes } from './features/events/export/routes.ts';
import { eventManagementRoutes } from './features/events/management/routes.tsx';
import { outboxRoutes } from './features/outbox/routes.tsx';
import { intakeAssets } from './features/help-requests/assets.ts';
import { helpRequestRoutes, intakeDraftBodyAllowances } from './features/help-requests/routes.tsx';
import { matchRoutes } from './features/matches/routes.tsx';
import { volunteerPageRoutes } from './features/matches/volunteer-page/routes.tsx';
import { figuresRoutes } from './features/figures/routes.tsx';
import { communityRoutes } from './features/local-issues/public/routes.tsx';
import { localIssueApi } from './features/local-issues/api.ts';
import { localIssueRoutes } from './features/local-issues/routes.tsx';
import { guidebookRoutes } from './features/guidebooks/routes.tsx';
import { homeRoutes } from './features/home/routes.tsx';
import { resourceApi } from './features/resources/api.ts';
import { hsdsApi } from './features/resources/hsds/api.ts';
import { exportRoutes } from './features/resources/export/routes.ts';
import { importBodyAllowances, importRoutes } from './features/resources/import/routes.tsx';
import { upkeepRoutes } from './features/resources/upkeep/routes.tsx';
import { resourceMapAssets } from './features/resources/map/assets.ts';
import { resourceMapRoutes } from './features/resources/map/routes.tsx';
import { tileImageSources } from './features/resources/map/tile-settings.ts';
import { resourceRoutes } from './features/resources/routes.tsx';
import { settingsRoutes } from './features/settings/routes.tsx';
import { setupRoutes } from './features/setup/routes.tsx';
import { userRoutes } from './features/users/routes.tsx';
import { volunteerApi } from './features/volunteers/api.ts';
import { volunteerRoutes } from './features/volunteers/routes.tsx';
import type { AppDeps, AppEnv } from './platform/http/app-env.ts';
import { requestBodyLimit } from './platform/http/body-limit.ts';
import { privateWhenSignedIn } from './platform/http/private-responses.ts';
import { refuseUnreadableInput } from './platform/http/readable-input.ts';
import { handleError, handleNotFound } from './platform/http/error-handler.tsx';
import { csrfProtection, localeSelection, requestBasics, sessionLoading, tenantResolution } from './platform/http/middleware.ts';
import { forgetPagesAfterChanges, publicPageCache } from './platform/http/public-page-cache.ts';
import { readRouting } from './platform/http/read-routing.ts';
import { sourceRoot } from './source-root.ts';

const webFolder = path.join(sourceRoot, 'web');

/** Builds the whole app: platform middleware, one router per feature, one error handler. */
export function createApp(deps: AppDeps): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>();
  const stylesheet = fs.readFileSync(path.join(webFolder, 'app.css'), 'utf8');
  const favicon = fs.readFileSync(path.join(webFolder, 'favicon.svg'), 'utf8');

  app.use('*', requestBasics(deps));
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', ...tileImageSources()],
        styleSrc: ["'self'"],
        scriptSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
      },
      strictTransportSecurity: deps.trustProxy ? 'max-age=31536000; includeSubDomains' : false,
    }),
  );

  app.get('/static/app.css', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(stylesheet, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  });
  // Browsers ask for /favicon.ico whatever the page links; both answer with the one SVG icon.
  for (const iconPath of ['/favicon.svg', '/favicon.ico']) {
    app.get(iconPath, (c) => {
      c.header('Cache-Control', 'public, max-age=86400');
      return c.body(favicon, 200, { 'Content-Type': 'image/svg+xml' });
    });
  }
  app.route('/', resourceMapAssets);
  app.route('/', intakeAssets);
  app.route('/', surveyAssets);

  app.get('/healthz', async (c) => {
    await deps.database.query('SELECT 1');
    // The process id tells which of several workers (serve --workers) answered.
    const replica = deps.replica ? { replica: deps.replica.status() } : {};
    return c.json({ status: 'ok', database: deps.database.kind, migration: deps.migrationTag, process: process.pid, ...replica });
  });

  // The body limit comes before CSRF, the first reader of a body, and after the
  // tenant, so a refusal is a page in the visitor's language and frame. The
  // text check reads the body last, through the cache that routes read from.
  const bodyLimit = requestBodyLimit([...importBodyAllowances, ...bankStatementBodyAllowances, ...intakeDraftBodyAllowances, ...handoutBodyAllowances]);
  app.use('*', localeSelection, tenantResolution, sessionLoading, privateWhenSignedIn, bodyLimit, csrfProtection, refuseUnreadableInput, readRouting, forgetPagesAfterChanges);
  for (const path of ['/', '/areas', '/areas/:id', '/areas/:id/community', '/local-issues/:id', '/resources', '/resources/:id']) app.get(path, publicPageCache);

  app.route('/', setupRoutes);
  app.route('/', homeRoutes);
  app.route('/', communityRoutes);
  app.route('/', areaRoutes);
  app.route('/', coordinatorRoutes);
  app.route('/', importRoutes);
  app.route('/', exportRoutes);
  app.route('/', upkeepRoutes);
  app.route('/', resourceMapRoutes);
  app.route('/', resourceRoutes);
  // Before the event pages, whose /events/:id would otherwise take these paths.
  app.route('/', eventCalendarRoutes);
  app.route('/', eventExportRoutes);
  app.route('/', eventFiguresRoutes);
  app.route('/', eventManagementRoutes);
  app.route('/', guidebookRoutes);
  app.route('/', eventRoutes);
  app.route('/', participantRoutes);
  app.route('/', userRoutes);
  app.route('/', auditLogRoutes);
  app.route('/', outboxRoutes);
  app.route('/', settingsRoutes);
  app.route('/', volunteerRoutes);
  app.route('/', helpRequestRoutes);
  app.route('/', matchRoutes);
  app.route('/', volunteerPageRoutes);
  app.route('/', figuresRoutes);
  app.route('/', coordinatorActivityRoutes);
  app.route('/', councilRoutes);
  app.route('/', meetingRoutes);
  app.route('/', localIssueRoutes);
  app.route('/', surveyRoutes);
  app.route('/', publicSurveyRoutes);
  app.route('/', areaApi);
  app.route('/', coordinatorApi);
  app.route('/', resourceApi);
  app.route('/', hsdsApi);
  app.route('/', registrationApi);
  app.route('/', eventApi);
  app.route('/', volunteerApi);
  app.route('/', localIssueApi);

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Sasaeai API',
      version: '1',
      description: '生活支援体制整備事業のためのAPI。書き込みはログイン中のセッションと X-CSRF-Token ヘッダーが必要です。',
    },
  });

  app.onError(handleError);
  app.notFound(handleNotFound);
  return app;
}
