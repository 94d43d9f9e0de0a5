/**
 * npm start: the local preview. Serves, on 127.0.0.1, a small spreadsheet with the budget template loaded and the
 * real sidebar beside it, answered by the built add-on running in a node:vm context (see scripts/lib/preview-server.ts).
 *
 *   npm start                      # http://127.0.0.1:8080/
 *   PORT=3000 npm start            # or: npm start -- --port 3000
 *   npm start -- --locale ja       # what Session.getActiveUserLocale() says (the sidebar and template follow it)
 */
import { startPreview } from './lib/preview-server';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i > 0) return process.argv[i + 1];
  const eq = process.argv.find((a) => a.startsWith(`--${name}=`));
  return eq?.slice(name.length + 3);
}

async function main(): Promise<void> {
  const portText = option('port') ?? process.env.PORT ?? '8080';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Not a port: ${portText}`);
  const preview = await startPreview({
    port,
    host: option('host') ?? '127.0.0.1',
    locale: option('locale') ?? process.env.PREVIEW_LOCALE ?? 'en',
  });
  console.log(`Bedrock Cost for Sheets — local preview at ${preview.url}  (Ctrl+C to stop)`);
  const stop = () => void preview.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  const err = e as NodeJS.ErrnoException;
  console.error(
    err.code === 'EADDRINUSE' ? `Port in use: ${err.message}. Choose another with PORT=… or --port ….` : (err.stack ?? String(e)),
  );
  process.exit(1);
});
