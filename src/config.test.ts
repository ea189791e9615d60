import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('configuration', () => {
  it('uses port 3000, ./data and the demo by default', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.dataDir).toMatch(/\/data$/);
    expect(config.loadDemo).toBe(true);
    expect(config.databaseUrl).toBeUndefined();
  });

  it('reads PORT, SASAEAI_DATA_DIR, SASAEAI_DEMO=0 and DATABASE_URL', () => {
    const config = loadConfig({ PORT: '8080', SASAEAI_DATA_DIR: '/tmp/x', SASAEAI_DEMO: '0', DATABASE_URL: 'postgres://u@h/db' });
    expect(config).toMatchObject({ port: 8080, dataDir: '/tmp/x', loadDemo: false, databaseUrl: 'postgres://u@h/db' });
  });

  it('takes session-bound work to DATABASE_DIRECT_URL, else to DATABASE_URL itself', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@pooler/db', DATABASE_DIRECT_URL: 'postgres://u@server/db' }).directDatabaseUrl).toBe('postgres://u@server/db');
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db' }).directDatabaseUrl).toBe('postgres://u@h/db');
    expect(loadConfig({}).directDatabaseUrl).toBeUndefined();
  });

  it('never seeds the demo on PostgreSQL or behind a proxy unless SASAEAI_DEMO=1 is given', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db' })).toMatchObject({ loadDemo: false, demoWithheldBy: 'DATABASE_URL' });
    expect(loadConfig({ SASAEAI_TRUST_PROXY: '1' })).toMatchObject({ loadDemo: false, demoWithheldBy: 'SASAEAI_TRUST_PROXY' });
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db', SASAEAI_TRUST_PROXY: '1' })).toMatchObject({ loadDemo: false, demoWithheldBy: 'DATABASE_URL' });
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db', SASAEAI_DEMO: '1' })).toMatchObject({ loadDemo: true, demoWithheldBy: null });
    expect(loadConfig({ SASAEAI_TRUST_PROXY: '1', SASAEAI_DEMO: 'true' })).toMatchObject({ loadDemo: true, demoWithheldBy: null });
    expect(loadConfig({ SASAEAI_DEMO: '0' })).toMatchObject({ loadDemo: false, demoWithheldBy: null });
    expect(loadConfig({})).toMatchObject({ loadDemo: true, demoWithheldBy: null });
  });

  it('lists every bad key at once', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', SASAEAI_SECRET: 'short' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', SASAEAI_SECRET: 'short' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('PORT');
      expect(message).toContain('DATABASE_URL');
      expect(message).toContain('SASAEAI_SECRET');
    }
  });
});
