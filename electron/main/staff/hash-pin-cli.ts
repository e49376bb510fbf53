/**
 * Prints the hash of a staff PIN for the configuration file:
 *
 * ```sh
 * npx tsx electron/main/staff/hash-pin-cli.ts
 * ```
 *
 * The PIN is typed without echo (twice on a terminal) or piped on standard input; only the hash is
 * written to standard output.
 */
import { runHashPin } from './hash-pin-command.ts';

process.exitCode = await runHashPin({ input: process.stdin, output: process.stdout, messages: process.stderr });
