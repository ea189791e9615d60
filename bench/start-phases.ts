// Replays the steps of `sasaeai serve` one by one in this process and prints
// how long each took, as one JSON line. Usage: node --import tsx bench/start-phases.ts DATA_DIR
// (Only dynamic imports below, so "node + tsx boot" is not inflated by the app's own modules.)
const bootMs = performance.now();

/** Runs `work` and records its duration under `name`. */
async function timed<T>(phases: Record<string, number>, name: string, work: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  const result = await work();
  phases[name] = Math.round(performance.now() - started);
  return result;
}

/** Times each start-up step against a data folder; a new folder gives the first-start path. */
export async function measurePhases(dataDir: string): Promise<Record<string, number>> {
  const phases: Record<string, number> = { 'node + tsx boot': Math.round(bootMs) };
  const modules = await timed(phases, 'import app modules', async () => {
    const [config, server, client, migrate, template, openDb, app, coordinators, honoNode] = await Promise.all([
      import('../src/config.ts'),
      import('../src/server.ts'),
      import('../src/db/client.ts'),
      import('../src/db/migrate.ts'),
      import('../src/db/pglite-template.ts'),
      import('../src/db/open-database.ts'),
      import('../src/app.ts'),
      import('../src/features/coordinators/service.ts'),
      import('@hono/node-server'),
      import('../src/cli/commands.ts'), // the rest of what main.ts pulls in
    ]);
    return { config, server, client, migrate, template, openDb, app, coordinators, honoNode };
  });
  const config = modules.config.loadConfig({ ...process.env, SASAEAI_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', SASAEAI_LOG_LEVEL: 'error' });
  const folder = modules.openDb.pgliteFolder(config);
  const fresh = !modules.client.hasPgliteCluster(folder);
  const templateBlob = fresh ? await timed(phases, 'read template file', () => modules.template.readPgliteTemplate()) : undefined;
  if (fresh) phases['(template found)'] = templateBlob ? 1 : 0;
  const database = await timed(phases, fresh ? 'PGlite.create (load template / initdb)' : 'PGlite.create (open folder)', () =>
    modules.client.openPglite({ dataDir: folder, loadDataDir: templateBlob }),
  );
  await timed(phases, 'UTF-8 check query', () => database.query('SELECT pg_encoding_to_char(encoding) FROM pg_database WHERE datname = current_database()'));
  await timed(phases, 'runMigrations', () => modules.migrate.runMigrations(database));
  await timed(phases, 'prepareFirstTenant (demo seed)', () => modules.server.prepareFirstTenant(database, config.loadDemo, new Date()));
  const app = await timed(phases, 'resolveSecret + createApp', () =>
    modules.app.createApp({
      database,
      secret: modules.server.resolveSecret(config),
      now: () => new Date(),
      trustProxy: false,
      findActorAreaIds: modules.coordinators.findActorAreaIds,
      migrationTag: modules.migrate.latestMigrationTag(),
      baseUrl: 'http://localhost',
      mailer: { kind: 'outbox', handOver: async () => ({ raw: '' }) },
    }),
  );
  const server = await timed(phases, 'listen', () => new Promise<ReturnType<typeof modules.honoNode.serve>>((resolve) => {
    const s = modules.honoNode.serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  }));
  const port = (server.address() as { port: number }).port;
  await timed(phases, 'first GET /areas', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/areas`);
    await response.text();
    if (response.status !== 200) throw new Error(`GET /areas answered ${response.status}`);
  });
  await timed(phases, 'second GET /areas', async () => (await fetch(`http://127.0.0.1:${port}/areas`)).text());
  phases['total to first 200'] = Math.round(performance.now());
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await timed(phases, '(close database)', () => database.close());
  return phases;
}

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: node --import tsx bench/start-phases.ts DATA_DIR');
console.log(JSON.stringify(await measurePhases(dataDir)));
process.exit(0);
