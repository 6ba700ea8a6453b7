import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config';

describe('configuration', () => {
  it('starts with embedded PGlite on port 3000 in ./data when nothing is set', () => {
    const config = parseConfig({}, '/srv/signaalroute');
    expect(config).toMatchObject({ port: 3000, dataDir: '/srv/signaalroute/data', databaseUrl: undefined, contentDir: '/srv/signaalroute/content' });
  });

  it('switches to a PostgreSQL server with DATABASE_URL alone', () => {
    expect(parseConfig({ DATABASE_URL: 'postgres://app@db:5432/signaalroute' }).databaseUrl).toBe('postgres://app@db:5432/signaalroute');
  });

  it('names every wrong variable in one message', () => {
    const attempt = () => parseConfig({ PORT: 'drieduizend', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/^Ongeldige configuratie/);
      for (const name of ['PORT', 'DATABASE_URL', 'LOG_LEVEL']) expect(message).toContain(`- ${name}:`);
      expect(message).toContain('postgres://');
    }
  });

  it('treats empty variables as unset', () => {
    expect(parseConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({ port: 3000, databaseUrl: undefined });
  });
});
