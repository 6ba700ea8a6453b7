import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A real HTTP server on a random loopback port that stands in for a register in tests: the client
 * under test goes through Node's own fetch and sockets, so timeouts and refused connections are real.
 */
export interface ReceivedRequest {
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
}

export interface Reply {
  status: number;
  contentType?: string;
  /** An object is sent as JSON; a string as is (to send something that is not JSON). */
  body?: unknown;
  /** Wait this long before answering, to outlast the client's deadline. */
  delayMs?: number;
}

export interface LocalRegisterServer {
  url: string;
  requests: ReceivedRequest[];
  close(): Promise<void>;
}

export async function startRegisterServer(answer: (request: ReceivedRequest) => Reply): Promise<LocalRegisterServer> {
  const requests: ReceivedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const request = { path: url.pathname, query: url.searchParams, headers: req.headers };
    requests.push(request);
    const reply = answer(request);
    const send = () => {
      const body = typeof reply.body === 'string' ? reply.body : reply.body === undefined ? '' : JSON.stringify(reply.body);
      res.writeHead(reply.status, { 'Content-Type': reply.contentType ?? 'application/json' });
      res.end(body);
    };
    if (!reply.delayMs) return send();
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!res.destroyed) send();
    }, reply.delayMs);
    timers.add(timer);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** An address on which nothing listens: a port that was just free and is closed again. */
export async function closedPortUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

/** A logger that keeps its lines, to check that no key or searched value reaches them. */
export function recordingLogger(): { lines: string[]; info: (o: object | string, m?: string) => void; warn: (o: object | string, m?: string) => void; error: (o: object | string, m?: string) => void } {
  const lines: string[] = [];
  const keep = (o: object | string, m?: string) => void lines.push(`${JSON.stringify(o)} ${m ?? ''}`);
  return { lines, info: keep, warn: keep, error: keep };
}
