/** How this run of the kiosk was asked to behave. */
export interface LaunchOptions {
  /** Lock the window full screen: always when packaged, or when `--kiosk` is given. */
  readonly kiosk: boolean;
  /** A local configuration file replacing the bundled one (`--config <file>` or `BORNE_CONFIG`). */
  readonly configPath: string | undefined;
  /** Load the renderer from a Vite dev server instead of `app://` (development only). */
  readonly devServerUrl: string | undefined;
}

function valueOf(argv: readonly string[], name: string): string | undefined {
  const inline = argv.find((arg) => arg.startsWith(`${name}=`));
  if (inline !== undefined) return inline.slice(name.length + 1);
  const index = argv.indexOf(name);
  const next = index >= 0 ? argv[index + 1] : undefined;
  return next !== undefined && !next.startsWith('--') ? next : undefined;
}

/** Reads the launch options from the command line and environment. */
export function parseLaunchOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  isPackaged: boolean,
): LaunchOptions {
  const configPath = valueOf(argv, '--config') ?? (env.BORNE_CONFIG || undefined);
  const devServerUrl = isPackaged ? undefined : valueOf(argv, '--dev-server-url');
  return { kiosk: isPackaged || argv.includes('--kiosk'), configPath, devServerUrl };
}
