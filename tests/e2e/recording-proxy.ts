/**
 * An HTTP proxy that writes down every connection a browser asks it for, for
 * the journeys that prove Rangefinder makes no network request. Plain requests
 * to a loopback address (the test server of the journey) are passed on, so that
 * pages load; anything else gets 502: the machine may have no network, and the
 * proxy is there to see, not to reach anyone. TLS and WebSocket tunnels
 * (CONNECT, Upgrade) are noted and refused.
 */
import { createServer, request as forward, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export interface ProxiedRequest {
  /** GET, POST, CONNECT… */
  readonly method: string;
  /** The full address asked for; for CONNECT, `https://host:port` (all the proxy sees of a tunnel). */
  readonly url: string;
}

export interface RecordingProxy {
  /** `http://127.0.0.1:<port>`, for `LaunchOptions.proxy`. */
  readonly url: string;
  /** Every request so far, in the order they came. */
  readonly seen: readonly ProxiedRequest[];
  /** Forgets what was seen so far. */
  clear(): void;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

function passOn(request: IncomingMessage, response: ServerResponse, target: URL): void {
  const onward = forward(
    {
      host: target.hostname,
      port: target.port,
      method: request.method,
      path: `${target.pathname}${target.search}`,
      headers: request.headers,
    },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    },
  );
  onward.on('error', () => {
    if (!response.headersSent) response.writeHead(502);
    response.end();
  });
  request.pipe(onward);
}

export async function startRecordingProxy(): Promise<RecordingProxy> {
  const seen: ProxiedRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((request, response) => {
    const method = request.method ?? 'GET';
    let target: URL | null = null;
    try {
      target = new URL(request.url ?? '');
    } catch {
      // Not a proxy request: something spoke to the proxy as to a server.
    }
    seen.push({ method, url: target?.href ?? `(to the proxy itself) ${request.url ?? ''}` });
    if (target?.protocol === 'http:' && LOOPBACK.has(target.hostname)) passOn(request, response, target);
    else response.writeHead(502, { 'content-type': 'text/plain' }).end('The journeys reach no network.');
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('connect', (request: IncomingMessage, socket: Socket) => {
    seen.push({ method: 'CONNECT', url: `https://${request.url ?? ''}` });
    socket.on('error', () => undefined);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  server.on('upgrade', (request: IncomingMessage, socket: Socket) => {
    seen.push({ method: `${request.method ?? 'GET'} (upgrade)`, url: request.url ?? '' });
    socket.on('error', () => undefined);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The recording proxy has no port.');
  return {
    url: `http://127.0.0.1:${address.port}`,
    seen,
    clear: () => void seen.splice(0),
    close: () =>
      new Promise((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}
