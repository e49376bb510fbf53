import { describe, expect, it } from 'vitest';
import { parseLaunchOptions, systemConfigPath, type LaunchContext } from './command-line.ts';

const dev = (argv: string[], env: Record<string, string> = {}): LaunchContext => ({ argv, env, isPackaged: false, platform: 'linux' });
const packaged = (argv: string[], env: Record<string, string> = {}, platform: NodeJS.Platform = 'win32'): LaunchContext => ({
  argv,
  env,
  isPackaged: true,
  platform,
});

describe('parseLaunchOptions', () => {
  it('runs a normal window in development', () => {
    expect(parseLaunchOptions(dev(['electron', '.']))).toEqual({
      kiosk: false,
      config: undefined,
      ignoredConfigArguments: false,
      devServerUrl: undefined,
    });
  });

  it('locks the kiosk when packaged or with --kiosk', () => {
    expect(parseLaunchOptions(packaged(['borne'])).kiosk).toBe(true);
    expect(parseLaunchOptions(dev(['electron', '.', '--kiosk'])).kiosk).toBe(true);
  });

  it('in development, takes the configuration from --config, then BORNE_CONFIG', () => {
    expect(parseLaunchOptions(dev(['e', '--config', '/etc/borne.json'], { BORNE_CONFIG: '/x.json' })).config).toEqual({ path: '/etc/borne.json', optional: false });
    expect(parseLaunchOptions(dev(['e', '--config=/etc/b.json'])).config).toEqual({ path: '/etc/b.json', optional: false });
    expect(parseLaunchOptions(dev(['e'], { BORNE_CONFIG: '/x.json' })).config).toEqual({ path: '/x.json', optional: false });
    expect(parseLaunchOptions(dev(['e'], { BORNE_CONFIG: '' })).config).toBeUndefined();
  });

  it('when packaged, reads only the fixed place, and says it ignored --config and BORNE_CONFIG', () => {
    const options = parseLaunchOptions(packaged(['borne', '--config', 'C:\\Users\\Public\\evil.json'], { BORNE_CONFIG: 'D:\\x.json', ProgramData: 'C:\\ProgramData' }));
    expect(options.config).toEqual({ path: 'C:\\ProgramData\\Borne EduConnect\\school.json', optional: true });
    expect(options.ignoredConfigArguments).toBe(true);
    expect(parseLaunchOptions(packaged(['borne'], {}, 'linux')).config).toEqual({ path: '/etc/borne-educonnect/school.json', optional: true });
    expect(parseLaunchOptions(packaged(['borne'], {}, 'linux')).ignoredConfigArguments).toBe(false);
  });

  it('ignores a dev server address in a packaged build', () => {
    expect(parseLaunchOptions(packaged(['e', '--dev-server-url=http://127.0.0.1:5173/'])).devServerUrl).toBeUndefined();
    expect(parseLaunchOptions(dev(['e', '--dev-server-url=http://127.0.0.1:5173/'])).devServerUrl).toBe('http://127.0.0.1:5173/');
  });
});

describe('systemConfigPath', () => {
  it('is a place only an administrator can write, on each system', () => {
    expect(systemConfigPath('win32', { ProgramData: 'D:\\ProgramData' })).toBe('D:\\ProgramData\\Borne EduConnect\\school.json');
    expect(systemConfigPath('win32', {})).toBe('C:\\ProgramData\\Borne EduConnect\\school.json');
    expect(systemConfigPath('linux', {})).toBe('/etc/borne-educonnect/school.json');
    expect(systemConfigPath('darwin', {})).toBe('/Library/Application Support/Borne EduConnect/school.json');
  });
});
