// Runs a command with inherited output and resolves with its exit code.
import { spawn } from 'node:child_process';
import { repoRoot } from './preview-server-endpoints.ts';

/** Runs `command` with `args` from the repository root; resolves with the exit code. */
export function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: repoRoot, env, stdio: 'inherit' });
    child.on('error', () => resolve(127));
    child.on('exit', (code, signal) => resolve(code ?? (signal === null ? 1 : 128)));
  });
}

/** Runs an npm script; resolves with its exit code. */
export function npmRun(script: string, args: readonly string[] = [], env?: NodeJS.ProcessEnv): Promise<number> {
  return run('npm', ['run', '--silent', script, ...(args.length > 0 ? ['--', ...args] : [])], env);
}
