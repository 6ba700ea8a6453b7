import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isDatabaseUnavailable } from '../db/unavailable';
import { AppError, errors, type ErrorBody } from './errors';

/** When a client may try again after the database was unreachable: the message says "half a minute". */
const DATABASE_RETRY_SECONDS = 30;

/** Turns every failure into the catalogue's shape; request validation issues become one Dutch message per field. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    let appError: AppError;
    if (err instanceof AppError) {
      appError = err;
    } else if (hasZodFastifySchemaValidationErrors(err)) {
      const fields = err.validation.map((v) => ({
        field: [v.instancePath.replace(/^\//, '').replaceAll('/', '.')].filter(Boolean).join('') || err.validationContext || '',
        message: v.message ?? 'ongeldig',
      }));
      appError = errors.validation(
        `Ongeldige invoer: ${fields.map((f) => (f.field ? `${f.field}: ${f.message}` : f.message)).join('; ')}`,
        { fields },
      );
    } else if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      // Fastify's own client errors: unparsable JSON, wrong content type, body too large, ...
      appError = new AppError('bad-request', err.statusCode, clientErrorMessage(err));
    } else if (isDatabaseUnavailable(err)) {
      request.log.warn({ err }, 'database unavailable');
      appError = errors.serviceUnavailable(DATABASE_RETRY_SECONDS);
    } else {
      request.log.error({ err }, 'unhandled error');
      appError = errors.internal(request.id);
    }
    return sendError(reply, appError);
  });
}

function sendError(reply: FastifyReply, appError: AppError): FastifyReply {
  // A lock-out or an unreachable database says when to come back, in the message and for clients that read the header.
  const retryAfter = appError.details?.retryAfterSeconds;
  if (typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter));
  const body: ErrorBody = { error: { id: appError.id, message: appError.message, ...(appError.details ? { details: appError.details } : {}) } };
  // Serialised as built: a route's own schema for the same status must never turn an error into a 500.
  return reply.code(appError.status).type('application/json').serializer(JSON.stringify).send(body);
}

function clientErrorMessage(err: FastifyError): string {
  switch (err.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'De verzonden gegevens zijn geen geldige JSON.';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'De verzonden gegevens zijn te groot.';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'Dit soort gegevens wordt niet geaccepteerd; stuur JSON.';
    default:
      return 'Ongeldig verzoek.';
  }
}

/** The JSON 404 of the API and of missing files of the front end. */
export function notFoundBody(method: string, url: string): ErrorBody {
  const pathname = url.split('?')[0]!;
  const e = errors.notFound(pathname.startsWith('/api/') ? `Het API-adres ${method} ${pathname}` : `Het adres ${pathname}`);
  return { error: { id: e.id, message: e.message } };
}
