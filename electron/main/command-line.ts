import path from 'node:path';

/** A school configuration file that replaces the bundled one. */
export interface ConfigOverride {
  readonly path: string;
  /** True for the fixed place of an installed kiosk: no file there is the normal case, not a problem. */
  readonly optional: boolean;
}

/** How this run of the kiosk was asked to behave. */
export interface LaunchOptions {
  /** Lock the window full screen: always when packaged, or when `--kiosk` is given. */
  readonly kiosk: boolean;
  /** The school's own configuration file, if any. */
  readonly config: ConfigOverride | undefined;
  /** True when `--config` or `BORNE_CONFIG` was given to a packaged build, which ignores them. */
  readonly ignoredConfigArguments: boolean;
  /** Load the renderer from a Vite dev server instead of `app://` (development only). */
  readonly devServerUrl: string | undefined;
}

/** The platform, environment and packaging the launch options depend on. */
export interface LaunchContext {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly isPackaged: boolean;
  readonly platform: NodeJS.Platform;
}

function valueOf(argv: readonly string[], name: string): string | undefined {
  const inline = argv.find((arg) => arg.startsWith(`${name}=`));
  if (inline !== undefined) return inline.slice(name.length + 1);
  const index = argv.indexOf(name);
  const next = index >= 0 ? argv[index + 1] : undefined;
  return next !== undefined && !next.startsWith('--') ? next : undefined;
}

/**
 * Where an installed kiosk reads the school's configuration: one fixed place that only an
 * administrator can write, outside the application folder (which an update replaces and which a
 * portable or AppImage build cannot edit at all).
 */
export function systemConfigPath(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): string {
  if (platform === 'win32') return path.win32.join(env.ProgramData ?? 'C:\\ProgramData', 'Borne EduConnect', 'school.json');
  if (platform === 'darwin') return '/Library/Application Support/Borne EduConnect/school.json';
  return '/etc/borne-educonnect/school.json';
}

/**
 * Reads the launch options. A development build takes the configuration from `--config <file>`,
 * then `BORNE_CONFIG`; a packaged build reads only the fixed place (`systemConfigPath`), so that
 * whoever can start the kiosk with other arguments cannot give it another allow-list.
 */
export function parseLaunchOptions(context: LaunchContext): LaunchOptions {
  const { argv, env, isPackaged } = context;
  const given = valueOf(argv, '--config') ?? (env.BORNE_CONFIG || undefined);
  const config: ConfigOverride | undefined = isPackaged
    ? { path: systemConfigPath(context.platform, env), optional: true }
    : given === undefined
      ? undefined
      : { path: given, optional: false };
  return {
    kiosk: isPackaged || argv.includes('--kiosk'),
    config,
    ignoredConfigArguments: isPackaged && given !== undefined,
    devServerUrl: isPackaged ? undefined : valueOf(argv, '--dev-server-url'),
  };
}
