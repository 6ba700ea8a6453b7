import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { errors, type AppError, type ErrorBody } from './errors';
import { securityHeaderList } from './security-headers';

/**
 * Failures Fastify answers before a request reaches a route, so before our hooks and error handler:
 * a URL that cannot be decoded (`GET /%`) and what Node's HTTP parser refuses (headers too large,
 * a request that never finishes). They get the same security headers and error body as the rest.
 */

const bodyOf = (e: AppError): ErrorBody => ({ error: { id: e.id, message: e.message } });

/** Fastify's `frameworkErrors` option: a bad URL, a too long URL parameter, anything else it refuses before routing (400). */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const appError =
    error.code === 'FST_ERR_BAD_URL' ? errors.badUrl() : error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? errors.urlPartTooLong() : errors.unreadableRequest();
  for (const [name, value] of securityHeaderList) reply.header(name, value);
  void reply.code(appError.status).header('cache-control', 'no-store').type('application/json; charset=utf-8').send(bodyOf(appError));
}

/**
 * Fastify's `clientErrorHandler` option: Node's parser gave up on the request, so there is no
 * request object and the answer is written to the socket by hand.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  // A connection reset has nobody left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed || !socket.writable) return;
  const appError =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? errors.headersTooLarge()
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? errors.requestTimeout()
        : errors.unreadableRequest();
  const body = JSON.stringify(bodyOf(appError));
  const headers = [
    ...securityHeaderList,
    ['Cache-Control', 'no-store'],
    ['Content-Type', 'application/json; charset=utf-8'],
    ['Content-Length', String(Buffer.byteLength(body))],
    ['Connection', 'close'],
  ];
  // end(), not destroy(): closing with the rest of an oversized request unread would reset the
  // connection and the client could lose the answer (Node's documented way for clientError).
  socket.end(`HTTP/1.1 ${appError.status} ${STATUS_CODES[appError.status]}\r\n${headers.map(([n, v]) => `${n}: ${v}\r\n`).join('')}\r\n${body}`);
}
