import { describe, expect, it } from 'vitest';
import { parseLaunchOptions } from './command-line.ts';

describe('parseLaunchOptions', () => {
  it('runs a normal window in development', () => {
    expect(parseLaunchOptions(['electron', '.'], {}, false)).toEqual({ kiosk: false, configPath: undefined, devServerUrl: undefined });
  });

  it('locks the kiosk when packaged or with --kiosk', () => {
    expect(parseLaunchOptions(['borne'], {}, true).kiosk).toBe(true);
    expect(parseLaunchOptions(['electron', '.', '--kiosk'], {}, false).kiosk).toBe(true);
  });

  it('takes the configuration from --config, then BORNE_CONFIG', () => {
    expect(parseLaunchOptions(['e', '--config', '/etc/borne.json'], { BORNE_CONFIG: '/x.json' }, true).configPath).toBe('/etc/borne.json');
    expect(parseLaunchOptions(['e', '--config=/etc/b.json'], {}, true).configPath).toBe('/etc/b.json');
    expect(parseLaunchOptions(['e'], { BORNE_CONFIG: '/x.json' }, true).configPath).toBe('/x.json');
    expect(parseLaunchOptions(['e'], { BORNE_CONFIG: '' }, true).configPath).toBeUndefined();
  });

  it('ignores a dev server address in a packaged build', () => {
    expect(parseLaunchOptions(['e', '--dev-server-url=http://127.0.0.1:5173/'], {}, true).devServerUrl).toBeUndefined();
    expect(parseLaunchOptions(['e', '--dev-server-url=http://127.0.0.1:5173/'], {}, false).devServerUrl).toBe('http://127.0.0.1:5173/');
  });
});
