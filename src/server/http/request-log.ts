import { LogController, type FastifyBaseLogger, type FastifyReply, type FastifyRequest } from 'fastify';

/**
 * One info line per request, when it has been answered: request id, method, route, status and
 * duration. Fastify's own request logging writes two lines (incoming, completed) with whole request
 * and response objects; with the redaction of logger.ts applied to every field of both, that cost
 * about a quarter of the walk's throughput (issue 12). The line's fields are chosen here and hold
 * no personal data: the route is the pattern (`/api/v1/signals/:id`), a request that matched no
 * route is logged by its path without the query string (as the request serialiser in logger.ts
 * did), never a body or header. So this one line is written by a child logger without the
 * redaction; every other line, a failed request's included, keeps it. Fastify's other log lines
 * (a reply that failed, the server closing) stay as they are.
 */
export class RequestLog extends LogController {
  readonly #lineLoggers = new WeakMap<FastifyBaseLogger, FastifyBaseLogger>();

  override incomingRequest(): void {}

  override requestCompleted(error: Error | null, request: FastifyRequest, reply: FastifyReply): void {
    const line = {
      reqId: request.id,
      method: request.method,
      route: request.routeOptions.url ?? request.url.split('?', 1)[0],
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime * 10) / 10,
    };
    if (error) reply.log.error({ ...line, err: error }, 'request errored');
    else this.#lineLogger(request.server.log).info(line);
  }

  #lineLogger(root: FastifyBaseLogger): FastifyBaseLogger {
    let logger = this.#lineLoggers.get(root);
    if (!logger) {
      logger = root.child({}, { redact: [] });
      this.#lineLoggers.set(root, logger);
    }
    return logger;
  }
}
