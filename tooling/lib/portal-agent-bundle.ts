// Bundles the preview's portal agent (renderer/preview/portal/portal-agent.ts) into one classic
// script, in memory, when a preview server starts — so the served agent always matches the source.
import path from 'node:path';
import { build } from 'esbuild';
import { repoRoot } from './preview-server-endpoints.ts';

/** The agent's entry point. */
export const portalAgentEntry = path.join(repoRoot, 'renderer', 'preview', 'portal', 'portal-agent.ts');

/** Bundles the portal agent; resolves to the script's text. */
export async function bundlePortalAgent(): Promise<string> {
  const result = await build({
    absWorkingDir: repoRoot,
    entryPoints: [portalAgentEntry],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    legalComments: 'none',
    logLevel: 'warning',
  });
  const output = result.outputFiles[0];
  if (output === undefined) throw new Error('esbuild produced no portal agent');
  return output.text;
}
