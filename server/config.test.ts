import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('gives working defaults for the embedded mode', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 3000,
      LETTER_MAX_CHARS: 2400,
      RUN_WORKER_IN_PROCESS: true,
      SEED_DEMO: true,
    });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.dataDir).toBe(path.resolve('./data'));
  });

  it('coerces and validates values', () => {
    const config = loadConfig({
      PORT: '8080',
      RUN_WORKER_IN_PROCESS: 'false',
      DATABASE_URL: 'postgres://x@h/db',
    });
    expect(config).toMatchObject({
      PORT: 8080,
      RUN_WORKER_IN_PROCESS: false,
      DATABASE_URL: 'postgres://x@h/db',
    });
  });

  it('names every bad variable in one message', () => {
    const attempt = () => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', SECRET_KEY: 'short' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('PORT');
      expect(message).toContain('DATABASE_URL');
      expect(message).toContain('SECRET_KEY');
    }
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', SMTP_URL: '' }).DATABASE_URL).toBeUndefined();
  });
});
