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
