/** A local web server for the test pages and the demo article: nothing leaves the machine. */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.js': 'text/javascript',
};

/**
 * The response headers a file asks for in a sidecar `<file>.headers.json`
 * (`{"content-security-policy": "default-src 'none'"}`), so that a test page
 * can be served with a real header rather than a `<meta>` stand-in.
 */
function sidecarHeaders(file: string): Record<string, string> {
  const sidecar = `${file}.headers.json`;
  return existsSync(sidecar) ? (JSON.parse(readFileSync(sidecar, 'utf8')) as Record<string, string>) : {};
}

/** Serves files under `root` on 127.0.0.1 at a free port. */
export async function serveFiles(root: string): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response
      .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...sidecarHeaders(file) })
      .end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The test server has no port.');
  return {
    url: `http://127.0.0.1:${address.port}`,
    server,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
