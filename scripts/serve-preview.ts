// Serves an already built preview (`build/preview`) on 127.0.0.1:$PORT, and its demo portal on
// 127.0.0.1:$DEMO_PORT (a free port when unset), for e2e and benchmarks.
import { configOverridePath } from '../tooling/lib/preview-server-endpoints.ts';
import { startPreviewServer } from '../tooling/lib/preview-server.ts';

const server = await startPreviewServer({
  port: Number(process.env.PORT ?? '0'),
  demoPort: Number(process.env.DEMO_PORT ?? '0'),
  overridePath: configOverridePath(),
});
process.stdout.write(`preview server ready at ${server.url} (demo portal at ${server.demoOrigin}/)\n`);
const stop = (): void => {
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
